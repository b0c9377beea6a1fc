import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { CategoryProposal, CategoryProposalView, DecidedWinners, DecisionView } from '@app/awards';
import { trim } from '../http/transforms';
import { ProposalDto, proposalInBothLanguages } from './proposal.dto';

const ENTERPRISE_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const HASH = '3f0c9a1d2b4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8';
const AT = '2027-12-10T02:00:00.000Z';

const PROPOSAL_EXAMPLE: CategoryProposal = {
  kind: 'survey-benchmark',
  rule:
    'Per industry, the leader by CSI among ranked enterprises plus every enterprise not significantly below it ' +
    '(one-sided Welch test, Holm-adjusted, alpha as published); at most 3',
  evidence: {
    snapshots: [
      { industryCode: 'telecom', snapshotId: ENTERPRISE_ID, sequence: 4, methodologyVersion: 'csi-2026.1' },
    ],
    round: null,
  },
  problems: [],
  industries: [
    {
      industryCode: 'telecom',
      winners: [
        {
          enterpriseId: ENTERPRISE_ID,
          enterpriseName: 'Shenzhen Harbour Telecom Co., Ltd.',
          figures: {
            n: 412,
            csi: 84.2,
            csiLow: 82.9,
            csiHigh: 85.5,
            cli: 79.1,
            nps: 38.5,
            p: null,
            adjustedP: null,
          },
          decidedBy: 'winner-set',
          identityVersion: 2,
        },
      ],
      noWinnerReason: null,
      notes: [],
      candidates: [],
    },
  ],
};

export class WinnerGroupDto implements DecidedWinners {
  @ApiProperty({
    example: 'telecom',
    nullable: true,
    type: String,
    description: 'The industry; null for a category decided over all industries',
  })
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(40)
  industryCode: string | null;

  @ApiProperty({ example: [ENTERPRISE_ID], type: [String], description: 'The winners; empty for none' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  enterpriseIds: string[];
}

export class DecideWinnersDto {
  @ApiProperty({
    example: HASH,
    description: 'The evidenceHash of the proposal you read; a 409 if the evidence has changed since',
  })
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: 'evidenceHash must be 64 hexadecimal digits' })
  evidenceHash: string;

  @ApiPropertyOptional({
    type: [WinnerGroupDto],
    description: 'Omit to confirm the proposal as it is; give every group to override it',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => WinnerGroupDto)
  winners?: WinnerGroupDto[];

  @ApiPropertyOptional({
    example: 'The leader was found to have paid respondents; its responses were excluded by the board.',
    maxLength: 4000,
    description: 'Required (at least 20 characters) for an override; published with the results',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  justification?: string;
}

export class DecisionDto {
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ type: [WinnerGroupDto] }) winners: WinnerGroupDto[];
  @ApiProperty({ example: false }) overridden: boolean;
  @ApiProperty({ example: null, nullable: true, type: String }) justification: string | null;
  @ApiProperty({ example: HASH }) evidenceHash: string;
  @ApiProperty({ example: ENTERPRISE_ID, nullable: true, type: String }) decidedBy: string | null;
  @ApiProperty({ example: AT }) decidedAt: Date;
  @ApiProperty({ example: false, description: 'The evidence changed since: confirm again before announcing' })
  stale: boolean;

  static from(d: DecisionView): DecisionDto {
    return Object.assign(new DecisionDto(), d);
  }
}

export class CategoryProposalDto {
  @ApiProperty({ example: ENTERPRISE_ID }) categoryId: string;
  @ApiProperty({ example: 'Customer Care Benchmark Enterprise' }) name: string;
  @ApiProperty({ example: '客户关怀标杆企业', nullable: true, type: String }) nameZh: string | null;
  @ApiProperty({ example: 'survey-benchmark', enum: ['survey-benchmark', 'panel', 'combined'] }) kind: string;
  @ApiProperty({ example: true }) perIndustry: boolean;
  @ApiProperty({ example: 3 }) maxWinners: number;
  @ApiProperty({
    type: ProposalDto,
    example: proposalInBothLanguages(PROPOSAL_EXAMPLE),
    description:
      'The rule, the evidence (snapshot and round versions), and per group the winners with figures. ' +
      'Enterprises are named by their last verified identity (`identityVersion`), as they would be published.',
  })
  proposal: ProposalDto;
  @ApiProperty({
    example: HASH,
    description:
      'SHA-256 of the proposal (names and identity versions included); name it to confirm. A re-verified identity changes it',
  })
  evidenceHash: string;
  @ApiProperty({ type: DecisionDto, nullable: true }) decision: DecisionDto | null;

  static from(p: CategoryProposalView): CategoryProposalDto {
    return Object.assign(new CategoryProposalDto(), {
      ...p,
      proposal: proposalInBothLanguages(p.proposal),
      decision: p.decision && DecisionDto.from(p.decision),
    });
  }
}

export class AnnouncementDto {
  @ApiProperty({
    example: 'announced',
    enum: ['announced', 'already-announced'],
    description: 'already-announced when it had been: announcing twice publishes once',
  })
  outcome: string;
}

export class ExportQueryDto {
  @ApiPropertyOptional({
    example: 'xlsx',
    enum: ['json', 'csv', 'xlsx'],
    default: 'json',
    description: 'without it, an Accept header naming text/csv or XLSX gives that file; otherwise JSON',
  })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';
}

export class AwardsExportDto {
  @ApiProperty({
    type: Object,
    example: {
      id: ENTERPRISE_ID,
      slug: 'care-awards-2027',
      name: 'Care Awards 2027',
      year: 2027,
      state: 'deciding',
    },
  })
  campaign: Record<string, unknown>;
  @ApiProperty({ type: [CategoryProposalDto] }) categories: CategoryProposalDto[];
  @ApiProperty({
    type: Object,
    isArray: true,
    description:
      'The last verified identity of every enterprise the export names: every ranking, round and category row ' +
      'is named from it, whatever name the snapshot or round was computed with.',
    example: [
      { enterpriseId: ENTERPRISE_ID, name: 'China Mobile Customer Service Co., Ltd.', identityVersion: 2 },
    ],
  })
  enterprises: { enterpriseId: string; name: string; identityVersion: number }[];
  @ApiProperty({
    type: Object,
    isArray: true,
    example: [{ industryCode: 'telecom', snapshotId: ENTERPRISE_ID, sequence: 4, entries: [] }],
  })
  rankings: unknown[];
  @ApiProperty({
    type: Object,
    isArray: true,
    example: [{ roundId: ENTERPRISE_ID, name: 'Site visit', position: 2, state: 'finalised', entrants: [] }],
  })
  rounds: unknown[];
}
