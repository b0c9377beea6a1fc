import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MemberRole } from '../enterprise-member.entity';

/** What is stored. `expired` is not a stored status: a pending invitation past its expiry is expired. */
export type StoredInvitationStatus = 'pending' | 'accepted' | 'declined' | 'revoked';
export type InvitationStatus = StoredInvitationStatus | 'expired';

@Entity({ name: 'enterprise_invitations' })
export class EnterpriseInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  /** Lower-cased; whether an account has it is never looked up when inviting. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: StoredInvitationStatus;

  /** What accepting makes the invitee: a member, or (an organizer's invitation of a contact) an admin. */
  @Column({ type: 'varchar', length: 16, default: 'member' })
  role: MemberRole;

  /** SHA-256 of the token in the emailed link; null for invitations sent before links were mailed. */
  @Column({ name: 'token_hash', type: 'char', length: 64, nullable: true, select: false })
  tokenHash: string | null;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'responded_by', type: 'uuid', nullable: true })
  respondedBy: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;
}
