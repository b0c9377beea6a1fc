import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@app/database';

export type CandidacyState = 'submitted' | 'approved' | 'rejected' | 'withdrawn';

@Entity({ name: 'candidacies' })
export class Candidacy extends BaseEntity {
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @Column({ name: 'category_id', type: 'uuid' }) categoryId: string;
  @Column({ name: 'enterprise_id', type: 'uuid' }) enterpriseId: string;
  @Column({ name: 'industry_code', type: 'varchar', length: 40 }) industryCode: string;
  @Column({ type: 'varchar', length: 16 }) state: CandidacyState;
  @Column({ name: 'decision_reason', type: 'varchar', length: 2000, nullable: true }) decisionReason:
    string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'submitted_by', type: 'uuid' }) submittedBy: string;
}
