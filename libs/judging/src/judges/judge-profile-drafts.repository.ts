import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import type { Affiliation } from './conflict-detection';
import type { JudgeRow } from './judge-rows';

export interface JudgeProfileDraft {
  email: string;
  displayName: string;
  title: string | null;
  expertiseIndustries: string[];
  affiliations: Affiliation[];
  updatedAt: Date;
}

/**
 * Profiles imported for judges invited by email who have no account yet, keyed by the invited address (see
 * the JudgeProfileDrafts migration). A judge account reads its address's draft until it has a profile of its own.
 */
@Injectable()
export class JudgeProfileDraftsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get db() {
    return this.transactions.manager;
  }

  /** One statement for the whole file; a re-imported address replaces its draft. */
  async upsert(rows: JudgeRow[], importedBy: string): Promise<void> {
    if (rows.length === 0) return;
    await this.db.query(
      `INSERT INTO judge_profile_drafts (email, display_name, title, expertise_industries, affiliations, language,
                                         imported_by)
       SELECT email, display_name, title, string_to_array(industries, ';')::varchar(40)[], affiliations::jsonb,
              language, $7
         FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::text[], $5::text[], $6::varchar[])
              AS r(email, display_name, title, industries, affiliations, language)
       ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name, title = EXCLUDED.title,
         expertise_industries = EXCLUDED.expertise_industries, affiliations = EXCLUDED.affiliations,
         language = EXCLUDED.language, imported_by = EXCLUDED.imported_by, updated_at = now()`,
      [
        rows.map((r) => r.email),
        rows.map((r) => r.displayName),
        rows.map((r) => r.title),
        rows.map((r) => r.expertiseIndustries.join(';')),
        rows.map((r) => JSON.stringify(r.affiliations)),
        rows.map((r) => r.language),
        importedBy,
      ],
    );
  }

  /** The drafts of these addresses (lower-case), by address. */
  async byEmail(emails: string[]): Promise<Map<string, JudgeProfileDraft>> {
    if (emails.length === 0) return new Map();
    const rows: {
      email: string;
      display_name: string;
      title: string | null;
      expertise_industries: string[];
      affiliations: Affiliation[];
      updated_at: Date;
    }[] = await this.db.query(
      `SELECT email, display_name, title, expertise_industries, affiliations, updated_at
         FROM judge_profile_drafts WHERE email = ANY($1::varchar[])`,
      [emails],
    );
    return new Map(
      rows.map((r) => [
        r.email,
        {
          email: r.email,
          displayName: r.display_name,
          title: r.title,
          expertiseIndustries: r.expertise_industries,
          affiliations: r.affiliations,
          updatedAt: r.updated_at,
        },
      ]),
    );
  }
}
