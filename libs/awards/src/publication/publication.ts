import { randomBytes } from 'node:crypto';
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
    year: number;
    descriptionEn: string;
    descriptionZh: string;
    announcedAt: string;
  };
  methodology: {
    version: string | null;
    parameters: unknown;
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

export interface PublishedRanking {
  industryCode: string;
  snapshotId: string;
  entries: {
    rank: number | null;
    name: string;
    eligibility: string;
    n: number;
    csi: number | null;
    csiLow: number | null;
    csiHigh: number | null;
    cli: number | null;
    nps: number | null;
  }[];
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
 * One industry's published ranking. Enterprises are named from `names` (their last verified identities), the
 * same map the winners are named from, so the table and the winners list never disagree.
 */
export function publishedRanking(s: SurveySnapshot, names: Map<string, PublishedName>): PublishedRanking {
  return {
    industryCode: s.industryCode,
    snapshotId: s.id,
    entries: s.entries
      .filter((e) => e.eligibility !== 'unpublished')
      .map((e) => ({
        rank: e.rank,
        name: names.get(e.enterpriseId)?.name ?? e.legalName,
        eligibility: e.eligibility,
        n: e.n,
        csi: e.publishedCsi,
        csiLow: oneDecimal(e.csi?.low),
        csiHigh: oneDecimal(e.csi?.high),
        cli: oneDecimal(e.cli?.mean),
        nps: oneDecimal(e.nps?.nps),
      })),
  };
}

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
      const winner = { name: names.get(id)?.name ?? '', figures, certificateCode: newCode() };
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
