import type { Language } from '@app/common';
import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@app/database';
import type { CampaignState } from './campaign-lifecycle';

@Entity({ name: 'campaigns' })
export class Campaign extends BaseEntity {
  @Column({ type: 'varchar', length: 80 }) slug: string;
  @Column({ type: 'varchar', length: 300 }) name: string;
  /** Its name in Chinese, when the organizer gave one: the public site's Chinese pages show it. */
  @Column({ name: 'name_zh', type: 'varchar', length: 300, nullable: true }) nameZh: string | null;
  @Column({ type: 'integer' }) year: number;
  @Column({ name: 'description_en', type: 'text' }) descriptionEn: string;
  @Column({ name: 'description_zh', type: 'text' }) descriptionZh: string;
  @Column({ name: 'time_zone', type: 'varchar', length: 64 }) timeZone: string;
  /** The language of its messages to people who have not chosen one. */
  @Column({ type: 'varchar', length: 2 }) language: Language;
  @Column({ type: 'varchar', length: 16 }) state: CampaignState;
  @Column({ name: 'state_changed_at', type: 'timestamptz' }) stateChangedAt: Date;
  @Column({ name: 'registration_opens_at', type: 'timestamptz', nullable: true })
  registrationOpensAt: Date | null;
  @Column({ name: 'registration_closes_at', type: 'timestamptz', nullable: true })
  registrationClosesAt: Date | null;
  @Column({ name: 'survey_opens_at', type: 'timestamptz', nullable: true }) surveyOpensAt: Date | null;
  @Column({ name: 'survey_closes_at', type: 'timestamptz', nullable: true }) surveyClosesAt: Date | null;
  @Column({ name: 'judging_starts_at', type: 'timestamptz', nullable: true }) judgingStartsAt: Date | null;
  @Column({ name: 'judging_ends_at', type: 'timestamptz', nullable: true }) judgingEndsAt: Date | null;
  @Column({ name: 'announcement_at', type: 'timestamptz', nullable: true }) announcementAt: Date | null;
  @Column({ name: 'min_responses_ranked', type: 'integer' }) minResponsesRanked: number;
  @Column({ name: 'min_responses_listed', type: 'integer' }) minResponsesListed: number;
  @Column({ name: 'methodology_version', type: 'varchar', length: 40 }) methodologyVersion: string;
  @Column({ name: 'methodology_frozen_at', type: 'timestamptz', nullable: true })
  methodologyFrozenAt: Date | null;
  /** When the campaign entered registration: entry forms in force freeze at the version of that moment. */
  @Column({ name: 'registration_opened_at', type: 'timestamptz', nullable: true })
  registrationOpenedAt: Date | null;
  @Column({ name: 'joint_winners_on_tie', type: 'boolean' }) jointWinnersOnTie: boolean;
  @Column({ name: 'cloned_from', type: 'uuid', nullable: true }) clonedFrom: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  /** Judges see the campaign's judging only with a token issued after a second factor. */
  @Column({ name: 'judges_require_two_factor', type: 'boolean' }) judgesRequireTwoFactor: boolean;
}
