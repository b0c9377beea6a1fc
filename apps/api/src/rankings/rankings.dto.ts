import { ApiProperty } from '@nestjs/swagger';
import type { EnterpriseStanding, IndustryOverview, RankingSnapshot, SnapshotSummary } from '@app/rankings';
import { DEFAULT_METHODOLOGY } from '@app/surveys';
import { MethodologyParametersDto } from '../surveys/surveys.dto';

const UUID = '7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f';

export class IntervalDto {
  @ApiProperty({ example: 412 }) n: number;
  @ApiProperty({ example: 78.43, description: '0-100' }) mean: number;
  @ApiProperty({ example: 14.2, nullable: true, type: Number }) sd: number | null;
  @ApiProperty({ example: 0.7, nullable: true, type: Number }) standardError: number | null;
  @ApiProperty({
    example: 77.05,
    nullable: true,
    type: Number,
    description: '95 % interval, t with n - 1 df',
  })
  low: number | null;
  @ApiProperty({ example: 79.81, nullable: true, type: Number }) high: number | null;
}

export class NpsFiguresDto {
  @ApiProperty({ example: 405 }) n: number;
  @ApiProperty({ example: 31.6 }) nps: number;
  @ApiProperty({ example: 47.9 }) variance: number;
  @ApiProperty({ example: 18.0, description: 'NPS - 1.96 sqrt(Var), clipped to -100' }) low: number;
  @ApiProperty({ example: 45.2 }) high: number;
}

export class DriversDto {
  @ApiProperty({ type: IntervalDto, nullable: true }) image: IntervalDto | null;
  @ApiProperty({ type: IntervalDto, nullable: true }) expectations: IntervalDto | null;
  @ApiProperty({ type: IntervalDto, nullable: true }) quality: IntervalDto | null;
  @ApiProperty({ type: IntervalDto, nullable: true }) value: IntervalDto | null;
}

export class WinnerSetMembershipDto {
  @ApiProperty({ example: false }) leader: boolean;
  @ApiProperty({ example: true, description: 'leader, or not significantly below it (co-winner)' })
  member: boolean;
  @ApiProperty({
    example: 0.21,
    nullable: true,
    type: Number,
    description: 'one-sided Welch p of leader > this',
  })
  p: number | null;
  @ApiProperty({
    example: 0.42,
    nullable: true,
    type: Number,
    description: 'Holm-adjusted across the rivals',
  })
  adjustedP: number | null;
  @ApiProperty({ example: 811.4, nullable: true, type: Number, description: 'Welch-Satterthwaite df' })
  degreesOfFreedom: number | null;
}

export class ExclusionCountsDto {
  @ApiProperty({ example: 3, name: 'too-few-satisfaction-items' }) 'too-few-satisfaction-items': number;
  @ApiProperty({ example: 5, name: 'too-many-missing' }) 'too-many-missing': number;
  @ApiProperty({ example: 1, name: 'soft-flags' }) 'soft-flags': number;
  @ApiProperty({ example: 9, description: 'faster than 40 % of the campaign median completion time' })
  speeding: number;
}

export class FlagCountsDto {
  @ApiProperty({ example: 6 }) straightLining: number;
  @ApiProperty({ example: 0 }) failedAttention: number;
  @ApiProperty({ example: 2 }) contradiction: number;
}

export class DataQualityDto {
  @ApiProperty({ example: 440, description: 'stored + duplicates' }) received: number;
  @ApiProperty({ example: 10 }) duplicates: number;
  @ApiProperty({ example: 430 }) stored: number;
  @ApiProperty({ type: ExclusionCountsDto }) excluded: ExclusionCountsDto;
  @ApiProperty({ type: FlagCountsDto }) flagged: FlagCountsDto;
  @ApiProperty({ example: 412 }) valid: number;
  @ApiProperty({ example: 0.042, nullable: true, type: Number }) exclusionRate: number | null;
  @ApiProperty({ example: false }) alert: boolean;
  @ApiProperty({ example: [], type: [String] }) alertReasons: string[];
}

export class EnterpriseFiguresDto {
  @ApiProperty({ example: UUID }) enterpriseId: string;
  @ApiProperty({ example: 'Example Contact Center Co., Ltd.' }) legalName: string;
  @ApiProperty({ enum: ['ranked', 'indicative', 'unpublished'], example: 'ranked' }) eligibility: string;
  @ApiProperty({
    example: 2,
    nullable: true,
    type: Number,
    description: 'shared on equal published CSI (1, 1, 3)',
  })
  rank: number | null;
  @ApiProperty({
    example: 87.5,
    nullable: true,
    type: Number,
    description: 'share of other ranked enterprises below',
  })
  percentile: number | null;
  @ApiProperty({ example: 78.4, nullable: true, type: Number, description: 'CSI rounded for publication' })
  publishedCsi: number | null;
  @ApiProperty({ example: 412, description: 'valid responses' }) n: number;
  @ApiProperty({ type: IntervalDto, nullable: true }) csi: IntervalDto | null;
  @ApiProperty({ type: IntervalDto, nullable: true }) cli: IntervalDto | null;
  @ApiProperty({ type: NpsFiguresDto, nullable: true }) nps: NpsFiguresDto | null;
  @ApiProperty({ example: 0.08, nullable: true, type: Number }) complaintRate: number | null;
  @ApiProperty({ type: DriversDto }) drivers: DriversDto;
  @ApiProperty({ type: DataQualityDto }) dataQuality: DataQualityDto;
}

export class RankingEntryDto extends EnterpriseFiguresDto {
  @ApiProperty({ type: WinnerSetMembershipDto, nullable: true, description: 'ranked enterprises only' })
  winnerSet: WinnerSetMembershipDto | null;
}

export class SnapshotCountsDto {
  @ApiProperty({ example: 12 }) enterprises: number;
  @ApiProperty({ example: 5240 }) received: number;
  @ApiProperty({ example: 40 }) duplicates: number;
  @ApiProperty({ example: 5200 }) stored: number;
  @ApiProperty({ type: ExclusionCountsDto }) excluded: ExclusionCountsDto;
  @ApiProperty({ type: FlagCountsDto }) flagged: FlagCountsDto;
  @ApiProperty({ example: 5010 }) valid: number;
  @ApiProperty({ example: 1 }) alerts: number;
}

export class IndustryAggregateDto {
  @ApiProperty({ example: 74.2 }) csi: number;
  @ApiProperty({ example: 0.4 }) standardError: number;
  @ApiProperty({ enum: ['revenue', 'equal'], example: 'revenue' }) weighting: string;
  @ApiProperty({ example: 8 }) enterprises: number;
}

export class SingleWinnerDto {
  @ApiProperty({ example: UUID, nullable: true, type: String }) enterpriseId: string | null;
  @ApiProperty({ enum: ['csi', 'cli', 'nps', 'n', 'unresolved'], example: 'cli' }) decidedBy: string;
}

export class RankingRulesDto {
  @ApiProperty({ example: 100 }) minResponsesRanked: number;
  @ApiProperty({ example: 30 }) minResponsesListed: number;
  @ApiProperty({ example: true }) jointWinnersOnTie: boolean;
}

export class RankingSnapshotDto {
  @ApiProperty({ example: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d' }) id: string;
  @ApiProperty({ example: '3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01' }) campaignId: string;
  @ApiProperty({ example: 'telecom' }) industryCode: string;
  @ApiProperty({ example: 7, description: 'counts per campaign and industry' }) sequence: number;
  @ApiProperty({ enum: ['incremental', 'full-recompute'], example: 'incremental' }) source: string;
  @ApiProperty({ example: 'csi-2026.1' }) methodologyVersion: string;
  @ApiProperty({ type: MethodologyParametersDto }) parameters: MethodologyParametersDto;
  @ApiProperty({ example: { source: 'methodology-default', items: DEFAULT_METHODOLOGY.items.slice(0, 1) } })
  instrument: unknown;
  @ApiProperty({ type: RankingRulesDto }) rules: RankingRulesDto;
  @ApiProperty({ example: 380, nullable: true, type: Number }) medianCompletionSeconds: number | null;
  @ApiProperty({ example: 152, nullable: true, type: Number }) speedingThresholdSeconds: number | null;
  @ApiProperty({ type: SnapshotCountsDto }) counts: SnapshotCountsDto;
  @ApiProperty({
    example: {
      [UUID]: {
        n: 412,
        constructs: { satisfaction: { n: 412, sum: '32312000000', sumSquares: '2617000000000000' } },
      },
    },
    description: 'the running totals (valid responses) the figures were computed from; sums in micro-points',
  })
  totals: unknown;
  @ApiProperty({ type: [RankingEntryDto] }) entries: RankingEntryDto[];
  @ApiProperty({ example: [UUID], type: [String], description: 'leader and co-winners, in rank order' })
  winnerSet: string[];
  @ApiProperty({ type: SingleWinnerDto, nullable: true }) singleWinner: SingleWinnerDto | null;
  @ApiProperty({ type: IndustryAggregateDto, nullable: true }) industryAggregate: IndustryAggregateDto | null;
  @ApiProperty({ example: '2027-05-03T10:15:11.000Z' }) createdAt: string;

  static from(s: RankingSnapshot): RankingSnapshotDto {
    return {
      ...s,
      rules: s.rules as RankingRulesDto,
      createdAt: s.createdAt.toISOString(),
    } as RankingSnapshotDto;
  }
}

export class SnapshotSummaryDto {
  @ApiProperty({ example: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d' }) id: string;
  @ApiProperty({ example: 'telecom' }) industryCode: string;
  @ApiProperty({ example: 7 }) sequence: number;
  @ApiProperty({ enum: ['incremental', 'full-recompute'], example: 'incremental' }) source: string;
  @ApiProperty({ type: SnapshotCountsDto }) counts: SnapshotCountsDto;
  @ApiProperty({ example: '2027-05-03T10:15:11.000Z' }) createdAt: string;

  static from(s: SnapshotSummary): SnapshotSummaryDto {
    return { ...s, createdAt: s.createdAt.toISOString() };
  }
}

export class WinnerSetMemberDto {
  @ApiProperty({ example: UUID }) enterpriseId: string;
  @ApiProperty({ example: 'Example Contact Center Co., Ltd.' }) legalName: string;
  @ApiProperty({ example: 78.4, nullable: true, type: Number }) publishedCsi: number | null;
}

export class IndustryOverviewDto {
  @ApiProperty({ example: 'telecom' }) industryCode: string;
  @ApiProperty({ example: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d' }) snapshotId: string;
  @ApiProperty({ example: 7 }) sequence: number;
  @ApiProperty({ enum: ['incremental', 'full-recompute'], example: 'incremental' }) source: string;
  @ApiProperty({ example: '2027-05-03T10:15:11.000Z' }) createdAt: string;
  @ApiProperty({ type: SnapshotCountsDto }) counts: SnapshotCountsDto;
  @ApiProperty({ example: 9 }) ranked: number;
  @ApiProperty({ type: [WinnerSetMemberDto] }) winnerSet: WinnerSetMemberDto[];
  @ApiProperty({ type: IndustryAggregateDto, nullable: true }) industryAggregate: IndustryAggregateDto | null;

  static from(o: IndustryOverview): IndustryOverviewDto {
    return { ...o, createdAt: o.createdAt.toISOString() };
  }
}

export class EnterpriseDataQualityDto extends DataQualityDto {
  @ApiProperty({ example: UUID }) enterpriseId: string;
  @ApiProperty({ example: 'Example Contact Center Co., Ltd.' }) legalName: string;
}

export class IndustryDataQualityDto {
  @ApiProperty({ example: 'telecom' }) industryCode: string;
  @ApiProperty({ example: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d' }) snapshotId: string;
  @ApiProperty({ type: SnapshotCountsDto }) counts: SnapshotCountsDto;
  @ApiProperty({ type: [EnterpriseDataQualityDto] }) enterprises: EnterpriseDataQualityDto[];
}

export class IngestionCountsDto {
  @ApiProperty({ example: 14 }) imports: number;
  @ApiProperty({ example: 52400 }) received: number;
  @ApiProperty({ example: 52000 }) accepted: number;
  @ApiProperty({ example: 300 }) duplicates: number;
  @ApiProperty({
    example: 100,
    description: 'rows refused at ingestion (unknown enterprise, out of scale, ...)',
  })
  rejected: number;
}

export class DataQualityReportDto {
  @ApiProperty({ type: IngestionCountsDto }) ingestion: IngestionCountsDto;
  @ApiProperty({ type: [IndustryDataQualityDto] }) industries: IndustryDataQualityDto[];
}

export class EnterpriseStandingDto {
  @ApiProperty({ example: '3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01' }) campaignId: string;
  @ApiProperty({ example: UUID }) enterpriseId: string;
  @ApiProperty({ example: 'telecom', nullable: true, type: String }) industryCode: string | null;
  @ApiProperty({ example: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d', nullable: true, type: String })
  snapshotId: string | null;
  @ApiProperty({ example: '2027-05-03T10:15:11.000Z', nullable: true, type: String }) computedAt:
    string | null;
  @ApiProperty({ example: 'csi-2026.1', nullable: true, type: String }) methodologyVersion: string | null;
  @ApiProperty({ example: 9, description: 'ranked enterprises in the industry' }) rankedInIndustry: number;
  @ApiProperty({ type: EnterpriseFiguresDto, nullable: true, description: 'own figures only' })
  entry: EnterpriseFiguresDto | null;

  static from(s: EnterpriseStanding): EnterpriseStandingDto {
    return { ...s, computedAt: s.computedAt ? s.computedAt.toISOString() : null };
  }
}

export class RecomputeAcceptedDto {
  @ApiProperty({ example: 'recompute-3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01' }) jobId: string;
}
