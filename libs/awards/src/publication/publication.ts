import { createHash, randomBytes } from 'node:crypto';
import { sha256OfCanonicalJson } from '@app/database';
import type { AwardDecision } from '../awards.repository';
import type { PublishedName } from '../published-names';
import { roundOrNull, type SurveySnapshot } from '../proposals/category-proposal';

/**
 * What the public sees of an announced campaign, frozen at the announcement: the winners of every category,
 * the published rankings (ranked and indicative enterprises, figures rounded as METHODOLOGY.md says), the
 * methodology and its parameters, and the notes of any override. Built once, stored once, never edited.
 */
export interface Publication {
  campaign: {
    slug: string;
    name: string;
    /** Absent from publications made before campaigns had a Chinese name; null when none was given. */
    nameZh?: string | null;
    year: number;
    descriptionEn: string;
    descriptionZh: string;
    announcedAt: string;
  };
  methodology: {
    version: string | null;
    parameters: unknown;
    /**
     * SHA-256 (hex) of the canonical JSON of `{ version, parameters }` (keys sorted, no spaces): a reader
     * recomputes it from the published document. Absent from publications made before it was published.
     */
    checksum?: string;
    rules: { minResponsesRanked: number; minResponsesListed: number; jointWinnersOnTie: boolean };
    /** Each override's justification, as it is published beside the results. */
    overrides: { category: string; justification: string }[];
  };
  industries: { code: string; name: string; nameZh: string }[];
  categories: PublishedCategory[];
  rankings: PublishedRanking[];
}

export interface PublishedWinner {
  name: string;
  /** The fields below are absent from publications made before they were published. */
  nameZh?: string | null;
  /** The enterprise's public reference: its result's address on the public site. */
  ref?: string;
  figures: Record<string, number | string | null>;
  certificateCode: string;
}

export interface PublishedCategory {
  name: string;
  nameZh: string | null;
  kind: string;
  perIndustry: boolean;
  maxWinners: number;
  rule: string;
  overridden: boolean;
  justification: string | null;
  groups: { industryCode: string | null; winners: PublishedWinner[]; noWinnerReason: string | null }[];
}

/** What became of the responses received for one industry (METHODOLOGY.md's data-quality report). */
export interface PublishedDataQuality {
  /** Enterprises with responses or a candidacy, and how many were ranked, indicative or not published. */
  enterprises: number;
  ranked: number;
  indicative: number;
  notPublished: number;
  /** Responses received, turned away as duplicates, stored, excluded by reason, and valid (counted). */
  received: number;
  duplicates: number;
  stored: number;
  excluded: Record<'too-few-satisfaction-items' | 'too-many-missing' | 'soft-flags' | 'speeding', number>;
  valid: number;
}

export interface PublishedEntry {
  rank: number | null;
  name: string;
  eligibility: string;
  n: number;
  csi: number | null;
  csiLow: number | null;
  csiHigh: number | null;
  cli: number | null;
  nps: number | null;
  /** The fields below are absent from publications made before they were published. */
  ref?: string;
  nameZh?: string | null;
  cliLow?: number | null;
  cliHigh?: number | null;
  npsLow?: number | null;
  npsHigh?: number | null;
}

export interface PublishedRanking {
  industryCode: string;
  snapshotId: string;
  /** Absent from publications made before it was published. */
  dataQuality?: PublishedDataQuality;
  entries: PublishedEntry[];
}

/** Survey figures to one decimal: the one rounding the proposals and the organizers' export use too. */
const oneDecimal = (x: number | null | undefined) => roundOrNull(x, 1);

/** Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud or typed is not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 80 random bits as XXXX-XXXX-XXXX-XXXX: unguessable, so a certificate's code is its proof. */
export function certificateCode(bytes: Buffer = randomBytes(10)): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{1,4}/g)!.join('-');
}

/** A code as typed: upper case, O read as 0, I and L as 1, dashes and spaces ignored, then regrouped. */
export function normaliseCertificateCode(input: string): string {
  const plain = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return (plain.match(/.{1,4}/g) ?? []).join('-');
}

/**
 * An enterprise's public reference: 12 characters of Crockford base-32 from the SHA-256 of its id. The same in
 * every campaign (a stable address for its results), and it does not disclose the internal id.
 */
export function publicRef(enterpriseId: string): string {
  return certificateCode(createHash('sha256').update(enterpriseId).digest().subarray(0, 8))
    .replace(/-/g, '')
    .slice(0, 12)
    .toLowerCase();
}

/** The checksum of a methodology as published: see `Publication['methodology']['checksum']`. */
export const methodologyChecksum = (version: string | null, parameters: unknown): string =>
  sha256OfCanonicalJson({ version, parameters });

/**
 * One industry's published ranking. Enterprises are named from `names` (their last verified identities), the
 * same map the winners are named from, so the table and the winners list never disagree.
 */
export function publishedRanking(
  s: SurveySnapshot & { counts: PublishedSnapshotCounts },
  names: Map<string, PublishedName>,
): PublishedRanking {
  const count = (eligibility: string) => s.entries.filter((e) => e.eligibility === eligibility).length;
  return {
    industryCode: s.industryCode,
    snapshotId: s.id,
    dataQuality: {
      enterprises: s.entries.length,
      ranked: count('ranked'),
      indicative: count('indicative'),
      notPublished: count('unpublished'),
      received: s.counts.received,
      duplicates: s.counts.duplicates,
      stored: s.counts.stored,
      excluded: { ...s.counts.excluded },
      valid: s.counts.valid,
    },
    entries: s.entries
      .filter((e) => e.eligibility !== 'unpublished')
      .map((e) => ({
        rank: e.rank,
        ref: publicRef(e.enterpriseId),
        name: names.get(e.enterpriseId)?.name ?? e.legalName,
        nameZh: names.get(e.enterpriseId)?.nameZh ?? null,
        eligibility: e.eligibility,
        n: e.n,
        csi: e.publishedCsi,
        csiLow: oneDecimal(e.csi?.low),
        csiHigh: oneDecimal(e.csi?.high),
        cli: oneDecimal(e.cli?.mean),
        cliLow: oneDecimal(e.cli?.low),
        cliHigh: oneDecimal(e.cli?.high),
        nps: oneDecimal(e.nps?.nps),
        npsLow: oneDecimal(e.nps?.low),
        npsHigh: oneDecimal(e.nps?.high),
      })),
  };
}

/** What a published ranking reads of a snapshot's counts. */
export type PublishedSnapshotCounts = Pick<
  PublishedDataQuality,
  'received' | 'duplicates' | 'stored' | 'excluded' | 'valid'
>;

export interface CategoryForPublication {
  id: string;
  name: string;
  nameZh: string | null;
  kind: string;
  perIndustry: boolean;
  maxWinners: number;
}

/**
 * The winners of one category as decided: the confirmed enterprises, with the proposal's figures for each
 * (an enterprise added by an override gets its figures from the proposal's candidates), and a certificate code.
 */
export function publishedCategory(
  category: CategoryForPublication,
  decision: AwardDecision,
  names: Map<string, PublishedName>,
  newCode: () => string = certificateCode,
): {
  category: PublishedCategory;
  certificates: { industryCode: string | null; enterpriseId: string; winner: PublishedWinner }[];
} {
  const certificates: { industryCode: string | null; enterpriseId: string; winner: PublishedWinner }[] = [];
  const groups = decision.winners.map((g) => {
    const proposed = decision.proposal.industries.find((i) => i.industryCode === g.industryCode);
    const winners = g.enterpriseIds.map((id) => {
      const figures =
        proposed?.winners.find((w) => w.enterpriseId === id)?.figures ??
        proposed?.candidates.find((c) => c.enterpriseId === id)?.figures ??
        {};
      const winner = {
        name: names.get(id)?.name ?? '',
        nameZh: names.get(id)?.nameZh ?? null,
        ref: publicRef(id),
        figures,
        certificateCode: newCode(),
      };
      certificates.push({ industryCode: g.industryCode, enterpriseId: id, winner });
      return winner;
    });
    return {
      industryCode: g.industryCode,
      winners,
      noWinnerReason: winners.length === 0 ? (proposed?.noWinnerReason ?? 'no winner was confirmed') : null,
    };
  });
  return {
    category: {
      name: category.name,
      nameZh: category.nameZh,
      kind: category.kind,
      perIndustry: category.perIndustry,
      maxWinners: category.maxWinners,
      rule: decision.proposal.rule,
      overridden: decision.overridden,
      justification: decision.justification,
      groups,
    },
    certificates,
  };
}
