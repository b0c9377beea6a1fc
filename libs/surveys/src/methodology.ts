/**
 * A methodology version as data: the instrument's items and every parameter the data-quality rules and the
 * rankings use. Versions are created, never edited; a campaign freezes one when its survey opens and every
 * ranking snapshot stores the parameters it was computed with.
 */
export const SCORED_CONSTRUCTS = [
  'image',
  'expectations',
  'quality',
  'value',
  'satisfaction',
  'loyalty',
] as const;
export type ScoredConstruct = (typeof SCORED_CONSTRUCTS)[number];

/** `complaint` is a yes/no item (0 = no, 1 = yes); `attention` items have an expected answer. */
export const CONSTRUCTS = [...SCORED_CONSTRUCTS, 'complaint', 'attention'] as const;
export type Construct = (typeof CONSTRUCTS)[number];

export interface InstrumentItem {
  key: string;
  construct: Construct;
  scaleMin: number;
  scaleMax: number;
  weight: number;
  /** Reverse-keyed items are scored as scaleMax + scaleMin - x. */
  reverse?: boolean;
  /** Attention items only: the one correct answer. */
  expected?: number;
  question?: string;
}

export interface ContradictionRule {
  /** Both items answered and their rescaled (0-100) scores more than maxGapPoints apart. */
  itemA: string;
  itemB: string;
  maxGapPoints: number;
}

export interface MethodologyParameters {
  /** The item whose 0-10 answer gives NPS, and the bands. */
  npsItem: string;
  promoterMin: number;
  detractorMax: number;
  confidence: number;
  /** z for the NPS interval (METHODOLOGY.md: 1.96). */
  npsZ: number;
  minSatisfactionItems: number;
  maxMissingShare: number;
  /** A response faster than this share of the campaign's median completion time is excluded. */
  minCompletionShareOfMedian: number;
  /** Soft flags exclude a response only when at least this many are present. */
  softFlagsToExclude: number;
  /** Straight-lining needs at least this many answered rated items, all identical. */
  straightLiningMinItems: number;
  contradictions: ContradictionRule[];
  exclusionAlertRate: number;
  exclusionAlertIndustryMultiple: number;
  /** Co-winner when the Holm-adjusted one-sided Welch p-value is at least alpha. */
  alpha: number;
  /** Published figures are rounded to this many decimals; equal rounded CSI shares a rank. */
  displayDecimals: number;
}

export interface MethodologyDefinition {
  version: string;
  description: string;
  items: InstrumentItem[];
  parameters: MethodologyParameters;
}

const rated = (key: string, construct: Construct, question: string, min = 1): InstrumentItem => ({
  key,
  construct,
  scaleMin: min,
  scaleMax: 10,
  weight: 1,
  question,
});

/** METHODOLOGY.md, version csi-2026.1, exactly. */
export const DEFAULT_METHODOLOGY: MethodologyDefinition = {
  version: 'csi-2026.1',
  description:
    'Default ACSI-family satisfaction methodology: CSI and CLI as weighted 0-100 rescaling, NPS on LOY2, ' +
    'Welch/Holm winner sets.',
  items: [
    rated('IMG', 'image', 'reputation of the enterprise'),
    rated('EXP', 'expectations', 'expected service quality before contact'),
    rated('QUA1', 'quality', 'overall quality'),
    rated('QUA2', 'quality', 'met my needs'),
    rated('QUA3', 'quality', 'reliability'),
    rated('VAL1', 'value', 'worth for money'),
    rated('VAL2', 'value', 'quality for the price'),
    rated('SAT1', 'satisfaction', 'overall satisfaction'),
    rated('SAT2', 'satisfaction', 'compared with expectations'),
    rated('SAT3', 'satisfaction', 'compared with an ideal service'),
    {
      key: 'CMP',
      construct: 'complaint',
      scaleMin: 0,
      scaleMax: 1,
      weight: 1,
      question: 'complained in the last 12 months',
    },
    rated('LOY1', 'loyalty', 'likelihood to choose again'),
    rated('LOY2', 'loyalty', 'likelihood to recommend (also NPS)', 0),
  ],
  parameters: {
    npsItem: 'LOY2',
    promoterMin: 9,
    detractorMax: 6,
    confidence: 0.95,
    npsZ: 1.96,
    minSatisfactionItems: 2,
    maxMissingShare: 0.2,
    minCompletionShareOfMedian: 0.4,
    softFlagsToExclude: 2,
    straightLiningMinItems: 5,
    // METHODOLOGY.md names "contradiction" without defining it; this is the published definition: fully
    // satisfied overall yet certain not to choose the enterprise again, or the reverse.
    contradictions: [{ itemA: 'SAT1', itemB: 'LOY1', maxGapPoints: 80 }],
    exclusionAlertRate: 0.15,
    exclusionAlertIndustryMultiple: 2,
    alpha: 0.05,
    displayDecimals: 1,
  },
};
