import {
  requestedIdentity,
  sameIdentity,
  splitIdentity,
  type EnterpriseIdentity,
} from './enterprise-identity';

const verified: EnterpriseIdentity = {
  legalName: 'Harbour Telecom Co., Ltd.',
  legalNameZh: null,
  creditCode: '91440300708461136T',
  industryCode: 'telecom',
  organizationType: 'in-house',
};

describe('enterprise identity', () => {
  it('splits an edit into identity fields and the rest', () => {
    const { identity, rest } = splitIdentity({ legalName: 'New', seats: 3, contactName: 'Li Na' });
    expect(identity).toEqual({ legalName: 'New' });
    expect(rest).toEqual({ seats: 3, contactName: 'Li Na' });
  });

  it('applies an edit to the pending request when there is one, else to the verified identity', () => {
    const first = requestedIdentity(verified, null, { legalName: 'Rival Co., Ltd.' });
    expect(first).toEqual({ ...verified, legalName: 'Rival Co., Ltd.' });
    const amended = requestedIdentity(verified, first, { industryCode: 'finance' });
    expect(amended).toEqual({ ...verified, legalName: 'Rival Co., Ltd.', industryCode: 'finance' });
  });

  it('compares identities field by field, an absent Chinese name equal to null', () => {
    expect(sameIdentity(verified, { ...verified })).toBe(true);
    // What a client that leaves the field out sends: the key present, its value undefined.
    const absent = Object.assign({}, verified, { legalNameZh: undefined });
    expect(sameIdentity(verified, absent)).toBe(true);
    expect(sameIdentity(verified, { ...verified, creditCode: '91440300708461137T' })).toBe(false);
  });
});
