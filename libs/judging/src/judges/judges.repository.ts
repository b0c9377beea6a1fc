import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { JudgeAccount, UsersService } from '@app/identity';
import { Affiliation } from './conflict-detection';
import { JudgeProfileDraftsRepository } from './judge-profile-drafts.repository';

export interface JudgeProfile {
  judgeId: string;
  displayName: string;
  email: string;
  status: string;
  title: string | null;
  expertiseIndustries: string[];
  affiliations: Affiliation[];
  updatedAt: Date | null;
}

interface ProfileRow {
  user_id: string;
  title: string | null;
  expertise_industries: string[] | null;
  affiliations: Affiliation[] | null;
  updated_at: Date | null;
}

/**
 * Judges' profiles (expertise, affiliation history). Every judge account (the identity lib's) has one, empty
 * until an organizer fills it in.
 */
@Injectable()
export class JudgesRepository {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersService,
    private readonly drafts: JudgeProfileDraftsRepository,
  ) {}

  private get db() {
    return this.transactions.manager;
  }

  /** Every judge, in display-name order (then id). */
  async list(): Promise<JudgeProfile[]> {
    return this.withProfiles(await this.users.judgeAccounts());
  }

  async find(judgeId: string): Promise<JudgeProfile | null> {
    return (await this.withProfiles(await this.users.judgeAccounts([judgeId])))[0] ?? null;
  }

  /** These judges' profiles, by id. */
  async findMany(judgeIds: string[]): Promise<JudgeProfile[]> {
    if (judgeIds.length === 0) return [];
    const profiles = await this.withProfiles(await this.users.judgeAccounts(judgeIds));
    return profiles.sort((a, b) => (a.judgeId < b.judgeId ? -1 : a.judgeId > b.judgeId ? 1 : 0));
  }

  private async withProfiles(accounts: JudgeAccount[]): Promise<JudgeProfile[]> {
    if (accounts.length === 0) return [];
    const rows: ProfileRow[] = await this.db.query(
      `SELECT user_id, title, expertise_industries, affiliations, updated_at FROM judge_profiles
        WHERE user_id = ANY($1::uuid[])`,
      [accounts.map((a) => a.id)],
    );
    const profiles = new Map(rows.map((r) => [r.user_id, r]));
    // An invited judge's account reads the profile imported for its address until it has one of its own.
    const drafts = await this.drafts.byEmail(
      accounts.filter((a) => !profiles.has(a.id)).map((a) => a.email.toLowerCase()),
    );
    return accounts.map((a) => {
      const draft = drafts.get(a.email.toLowerCase());
      const p: ProfileRow | undefined =
        profiles.get(a.id) ??
        (draft && {
          user_id: a.id,
          title: draft.title,
          expertise_industries: draft.expertiseIndustries,
          affiliations: draft.affiliations,
          updated_at: draft.updatedAt,
        });
      return {
        judgeId: a.id,
        displayName: a.displayName,
        email: a.email,
        status: a.status,
        title: p?.title ?? null,
        expertiseIndustries: p?.expertise_industries ?? [],
        affiliations: p?.affiliations ?? [],
        updatedAt: p?.updated_at ?? null,
      };
    });
  }

  async saveProfile(
    judgeId: string,
    profile: { title: string | null; expertiseIndustries: string[]; affiliations: Affiliation[] },
    updatedBy: string | null,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO judge_profiles (user_id, title, expertise_industries, affiliations, updated_by)
       VALUES ($1, $2, $3, $4::jsonb, $5)
       ON CONFLICT (user_id) DO UPDATE SET title = EXCLUDED.title,
         expertise_industries = EXCLUDED.expertise_industries, affiliations = EXCLUDED.affiliations,
         updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [judgeId, profile.title, profile.expertiseIndustries, JSON.stringify(profile.affiliations), updatedBy],
    );
  }
}
