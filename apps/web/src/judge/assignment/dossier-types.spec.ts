import { profileText, type ReferenceLists } from './dossier-types';

const reference: ReferenceLists = {
  industries: [{ code: 'telecom', name: 'Telecommunications', nameZh: '电信业' }],
  organizationTypes: [{ code: 'in-house', name: 'In-house centre', nameZh: '自建中心' }],
  businessTypes: [
    { code: 'customer-service', name: 'Customer service', nameZh: '客户服务' },
    { code: 'sales', name: 'Sales', nameZh: '销售' },
  ],
};

describe('a profile value as a judge reads it', () => {
  it('names reference codes in the reader’s language', () => {
    expect(profileText('industryCode', 'telecom', reference, 'en')).toBe('Telecommunications');
    expect(profileText('industryCode', 'telecom', reference, 'zh')).toBe('电信业');
    expect(profileText('organizationType', 'in-house', reference, 'zh')).toBe('自建中心');
    expect(profileText('businessTypes', ['customer-service', 'sales'], reference, 'en')).toBe(
      'Customer service, Sales',
    );
    expect(profileText('businessTypes', ['customer-service', 'sales'], reference, 'zh')).toBe(
      '客户服务、销售',
    );
  });

  it('shows the code while the lists load, or for a code they lack', () => {
    expect(profileText('industryCode', 'telecom', undefined, 'en')).toBe('telecom');
    expect(profileText('industryCode', 'mining', reference, 'zh')).toBe('mining');
  });

  it('keeps other values as they are, and nothing for an empty answer', () => {
    expect(profileText('region', 'Guangdong, Shenzhen', reference, 'zh')).toBe('Guangdong, Shenzhen');
    expect(profileText('seats', 250, reference, 'en')).toBe('250');
    expect(profileText('businessTypes', [], reference, 'en')).toBeNull();
    expect(profileText('legalNameZh', null, reference, 'en')).toBeNull();
  });
});
