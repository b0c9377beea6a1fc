/** A judge's past or present tie to an organisation: an employer or a client. */
export interface Affiliation {
  organisation: string;
  creditCode?: string | null;
  relation: 'employer' | 'client';
  fromYear: number;
  /** null: still current. */
  toYear: number | null;
}

export interface EnterpriseIdentity {
  id: string;
  name: string;
  creditCode: string;
}

/** Ties ending this many years or fewer before the campaign's year still conflict. */
export const CONFLICT_LOOKBACK_YEARS = 3;

// Legal-form words say nothing about which company it is: "Acme Ltd" and "ACME Co., Ltd." are one company.
const LEGAL_FORMS = [
  'co',
  'ltd',
  'limited',
  'inc',
  'corp',
  'corporation',
  'company',
  'group',
  'plc',
  'llc',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团',
  '公司',
];

/** A company name reduced to what identifies it: case, spaces, punctuation and legal forms dropped. */
export function normaliseOrganisationName(name: string): string {
  let s = name.normalize('NFKC').toLowerCase();
  for (const form of LEGAL_FORMS) {
    s = /^[a-z]+$/.test(form) ? s.replace(new RegExp(`\\b${form}\\b`, 'g'), ' ') : s.split(form).join(' ');
  }
  return s.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The affiliations that make a judge conflicted with the enterprise in a campaign of `campaignYear`. */
export function conflictingAffiliations(
  history: Affiliation[],
  enterprise: EnterpriseIdentity,
  campaignYear: number,
): Affiliation[] {
  const name = normaliseOrganisationName(enterprise.name);
  return history.filter((a) => {
    const recent = a.toYear === null || a.toYear >= campaignYear - CONFLICT_LOOKBACK_YEARS;
    const sameCode =
      !!a.creditCode && a.creditCode.trim().toUpperCase() === enterprise.creditCode.toUpperCase();
    const sameName = name.length > 0 && normaliseOrganisationName(a.organisation) === name;
    return recent && a.fromYear <= campaignYear && (sameCode || sameName);
  });
}
