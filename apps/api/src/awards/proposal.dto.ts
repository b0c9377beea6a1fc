import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { type CategoryProposal, noWinnerText, problemText, ruleText } from '@app/awards';

/** A category's proposal, typed so the OpenAPI document (and the web client) name every part of it. */

const FIGURES: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { oneOf: [{ type: 'number' }, { type: 'string' }], nullable: true },
  example: { n: 412, csi: 84.2, csiLow: 82.9, csiHigh: 85.5, cli: 79.1, nps: 38.5, p: null, adjustedP: null },
  description: 'The figures the decision rests on, rounded as they are published',
};

export class ProposedWinnerDto {
  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }) enterpriseId: string;
  @ApiProperty({ example: 'Shenzhen Harbour Telecom Co., Ltd.' }) enterpriseName: string;
  @ApiProperty(FIGURES) figures: Record<string, number | string | null>;
  @ApiProperty({
    example: 'winner-set',
    nullable: true,
    type: String,
    description: 'What separated this winner from the next candidate: a tie-break step, the score, or null',
  })
  decidedBy: string | null;
  @ApiProperty({ example: 2, nullable: true, type: Number, required: false }) identityVersion?: number | null;
}

export class ProposalCandidateDto {
  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }) enterpriseId: string;
  @ApiProperty({ example: 'Shenzhen Harbour Telecom Co., Ltd.' }) enterpriseName: string;
  @ApiProperty({ example: 1, nullable: true, type: Number }) rank: number | null;
  @ApiProperty(FIGURES) figures: Record<string, number | string | null>;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'Why it was left out' })
  excluded: string | null;
  @ApiProperty({ example: 2, nullable: true, type: Number, required: false }) identityVersion?: number | null;
}

export class IndustryProposalDto {
  @ApiProperty({ example: 'telecom', nullable: true, type: String, description: 'null: over all industries' })
  industryCode: string | null;
  @ApiProperty({ type: [ProposedWinnerDto] }) winners: ProposedWinnerDto[];
  @ApiProperty({ example: null, nullable: true, type: String }) noWinnerReason: string | null;
  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    description:
      'noWinnerReason in Chinese, in the public site’s words; the English reason when its shape is new',
  })
  noWinnerReasonZh: string | null;
  @ApiProperty({ example: [], type: [String] }) notes: string[];
  @ApiProperty({ type: [ProposalCandidateDto] }) candidates: ProposalCandidateDto[];
}

export class SnapshotEvidenceDto {
  @ApiProperty({ example: 'telecom' }) industryCode: string;
  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }) snapshotId: string;
  @ApiProperty({ example: 4 }) sequence: number;
  @ApiProperty({ example: 'csi-2026.1' }) methodologyVersion: string;
}

export class RoundEvidenceDto {
  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }) roundId: string;
  @ApiProperty({ example: 2 }) position: number;
  @ApiProperty({ example: 'Site visit' }) name: string;
  @ApiProperty({ example: '5e1d…', nullable: true, type: String }) checksum: string | null;
}

export class ProposalEvidenceDto {
  @ApiProperty({ type: [SnapshotEvidenceDto] }) snapshots: SnapshotEvidenceDto[];
  @ApiProperty({ type: RoundEvidenceDto, nullable: true }) round: RoundEvidenceDto | null;
}

export class ProposalDto {
  @ApiProperty({ example: 'survey-benchmark', enum: ['survey-benchmark', 'panel', 'combined'] }) kind: string;
  @ApiProperty({
    example:
      'Per industry, the leader by CSI among ranked enterprises plus every enterprise not significantly below it ' +
      '(one-sided Welch test, Holm-adjusted, alpha as published); at most 3',
    description: 'The published rule, in words',
  })
  rule: string;
  @ApiProperty({
    example:
      '每个行业中，参与排名企业里 CSI 最高者，以及与其无显著差异的所有企业（单侧 Welch 检验，Holm 校正，显著性水平见公布参数）；最多 3 名',
    description: 'The rule in Chinese, in the words the public site publishes it with',
  })
  ruleZh: string;
  @ApiProperty({ type: ProposalEvidenceDto }) evidence: ProposalEvidenceDto;
  @ApiProperty({
    example: [],
    type: [String],
    description:
      'Why no proposal can be made at all (e.g. the final round is not finalised); empty when it can',
  })
  problems: string[];
  @ApiProperty({
    example: [],
    type: [String],
    description: 'The problems in Chinese, in the same order',
  })
  problemsZh: string[];
  @ApiProperty({ type: [IndustryProposalDto] }) industries: IndustryProposalDto[];
}

/** The lib's proposal with its English words also said in Chinese, from the words the public site uses. */
export function proposalInBothLanguages(p: CategoryProposal): ProposalDto {
  return {
    ...p,
    ruleZh: ruleText(p.rule, 'zh'),
    problemsZh: p.problems.map((x) => problemText(x, 'zh')),
    industries: p.industries.map((g) => ({
      ...g,
      noWinnerReasonZh: g.noWinnerReason === null ? null : noWinnerText(g.noWinnerReason, 'zh'),
    })),
  };
}
