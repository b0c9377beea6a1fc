import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@app/database';

export type EnterpriseStatus = 'pending' | 'verified' | 'rejected';

@Entity({ name: 'enterprises' })
export class Enterprise extends BaseEntity {
  @Column({ name: 'legal_name', type: 'varchar', length: 300 })
  legalName: string;

  @Column({ name: 'legal_name_zh', type: 'varchar', length: 300, nullable: true })
  legalNameZh: string | null;

  @Column({ name: 'credit_code', type: 'char', length: 18 })
  creditCode: string;

  @Column({ name: 'industry_code', type: 'varchar', length: 40 })
  industryCode: string;

  @Column({ name: 'organization_type', type: 'varchar', length: 40 })
  organizationType: string;

  @Column({ name: 'business_types', type: 'varchar', length: 40, array: true })
  businessTypes: string[];

  @Column({ type: 'varchar', length: 200 })
  region: string;

  @Column({ type: 'integer' })
  seats: number;

  /** numeric comes back from pg as a string: exact, never a float. */
  @Column({ name: 'annual_revenue', type: 'numeric', precision: 20, scale: 2, nullable: true })
  annualRevenue: string | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 200 })
  contactName: string;

  @Column({ name: 'contact_email', type: 'varchar', length: 254 })
  contactEmail: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 40, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: EnterpriseStatus;

  @Column({ name: 'review_reason', type: 'varchar', length: 2000, nullable: true })
  reviewReason: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  /** Moved by a database trigger on every update: what a first verification names to say what it read. */
  @Column({ name: 'profile_revision', type: 'integer', insert: false, update: false })
  profileRevision: number;
}
