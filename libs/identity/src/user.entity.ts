import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@app/database';
import type { Language, Role } from '@app/common';

export type UserStatus = 'active' | 'disabled';

@Entity({ name: 'users' })
export class User extends BaseEntity {
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: UserStatus;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** When they proved they read this address (a link they opened); null for a registration not yet confirmed. */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /**
   * Bumped by a password change, a role change or a change of status; a token issued under another version is
   * refused, so those changes end every session at once.
   */
  /** The language they read the platform in; null until they choose (the campaign's language decides). */
  @Column({ type: 'varchar', length: 2, nullable: true })
  language: Language | null;

  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;
}
