import type { Publication, PublishedCategory, PublishedEntry, PublishedWinner } from '@app/awards';
import { nameIn } from './format';
import type { Lang } from './site-text';

/**
 * Questions the pages ask of a publication: pure reads of the frozen document, so every page says the same as
 * the JSON download. Older publications lack enterprises' references; they are matched by name there.
 */

export function industryName(p: Publication, code: string | null, lang: Lang, all: string): string {
  if (code === null) return all;
  const i = p.industries.find((x) => x.code === code);
  return i ? nameIn(lang, i.name, i.nameZh) : code;
}

export const campaignName = (p: Publication, lang: Lang): string =>
  nameIn(lang, p.campaign.name, p.campaign.nameZh);

export const categoryName = (k: Pick<PublishedCategory, 'name' | 'nameZh'>, lang: Lang): string =>
  nameIn(lang, k.name, k.nameZh);

export const ranking = (p: Publication, industryCode: string) =>
  p.rankings.find((r) => r.industryCode === industryCode) ?? null;

const sameEnterprise = (w: PublishedWinner, e: Pick<PublishedEntry, 'ref' | 'name'>) =>
  w.ref && e.ref ? w.ref === e.ref : w.name === e.name;

/**
 * How the industry's chart marks an enterprise: winner or joint winner of the survey benchmark award in that
 * industry (the award the ranking decides), or nothing.
 */
export function benchmarkMark(
  p: Publication,
  industryCode: string,
  e: Pick<PublishedEntry, 'ref' | 'name'>,
): 'winner' | 'joint-winner' | null {
  for (const k of p.categories.filter((c) => c.kind === 'survey-benchmark')) {
    const group = k.groups.find((g) => g.industryCode === industryCode);
    if (group?.winners.some((w) => sameEnterprise(w, e)))
      return group.winners.length > 1 ? 'joint-winner' : 'winner';
  }
  return null;
}

/**
 * Whether a group's winners are joint winners: several winners of the survey award, none significantly below
 * the leader. The top N of a panel or combined category are several winners, but not tied.
 */
export const jointWinners = (k: Pick<PublishedCategory, 'kind'>, g: { winners: unknown[] }): boolean =>
  k.kind === 'survey-benchmark' && g.winners.length > 1;

/** Every award the enterprise won in the campaign: the category, the group's industry, and its certificate. */
export function awardsOf(p: Publication, e: Pick<PublishedEntry, 'ref' | 'name'>) {
  return p.categories.flatMap((k) =>
    k.groups.flatMap((g) =>
      g.winners
        .filter((w) => sameEnterprise(w, e))
        .map((w) => ({ category: k, industryCode: g.industryCode, winner: w, joint: jointWinners(k, g) })),
    ),
  );
}

export interface FoundEnterprise {
  industryCode: string;
  entry: PublishedEntry;
  /** Ranked enterprises in its industry, for "3 of 48". */
  rankedInIndustry: number;
}

/** Every published enterprise of the campaign, industry by industry in ranking order. */
export function everyEnterprise(p: Publication): FoundEnterprise[] {
  return p.rankings.flatMap((r) => {
    const ranked = r.entries.filter((e) => e.rank !== null).length;
    return r.entries.map((entry) => ({ industryCode: r.industryCode, entry, rankedInIndustry: ranked }));
  });
}

export const enterpriseByRef = (p: Publication, ref: string): FoundEnterprise | null =>
  everyEnterprise(p).find((f) => f.entry.ref === ref) ?? null;

/** Case, width and spacing do not matter to a search: "ＡＢＣ  telecom" finds "ABC Telecom". */
export const searchKey = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');

/**
 * Published enterprises whose English or Chinese name contains the query (after `searchKey`), in an industry
 * when one is given: ranked first by rank, then indicative, industry by industry.
 */
export function searchEnterprises(
  p: Publication,
  query: string,
  industryCode: string | null,
): FoundEnterprise[] {
  const key = searchKey(query);
  return everyEnterprise(p).filter(
    (f) =>
      (industryCode === null || f.industryCode === industryCode) &&
      (key === '' || searchKey(f.entry.name).includes(key) || searchKey(f.entry.nameZh ?? '').includes(key)),
  );
}
