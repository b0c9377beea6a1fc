import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  Actor,
  duplicatesInFile,
  ImportTable,
  importRefused,
  Language,
  lineProblem,
  LocalizedFieldProblem,
  readImportTable,
} from '@app/common';
import { Transactions } from '@app/database';
import { AuditLogService, StaffInvitationsService, UsersService } from '@app/identity';
import { ReferenceDataService } from '@app/reference-data';
import { JudgeProfileDraftsRepository } from './judge-profile-drafts.repository';
import { JUDGE_COLUMNS, JudgeRow, readJudgeRow } from './judge-rows';
import { JudgesService } from './judges.service';

export interface ImportedJudge {
  line: number;
  email: string;
  displayName: string;
  language: Language | null;
  /** The judge account whose profile the row set; null for an address without one, which is invited. */
  judgeId: string | null;
  outcome: 'profile-saved' | 'invited';
}

export interface JudgeImportResult {
  importId: string | null;
  dryRun: boolean;
  judges: number;
  rows: ImportedJudge[];
  /** The addresses invited by email to become judges; none on a dry run. */
  invitations: { email: string; role: 'judge'; displayName: string; language: Language | null }[];
}

const SUBJECT = { en: 'judges', zh: '评委' };

/**
 * Organizers appoint judges from a file, whole or not at all, every problem answered by line and field. An
 * address that has a judge account gets its profile saved (as `PUT /judges/{id}/profile` would, conflicts of
 * interest included); any other address is invited by email to become a judge, and its profile waits as a
 * draft keyed by the address until the invited judge's account exists (see JudgeProfileDraftsRepository).
 */
@Injectable()
export class JudgeImportService {
  constructor(
    private readonly transactions: Transactions,
    private readonly drafts: JudgeProfileDraftsRepository,
    private readonly judges: JudgesService,
    private readonly users: UsersService,
    private readonly reference: ReferenceDataService,
    private readonly auditLog: AuditLogService,
    private readonly staffInvitations: StaffInvitationsService,
  ) {}

  async import(table: ImportTable, options: { dryRun?: boolean }, actor: Actor): Promise<JudgeImportResult> {
    const accounts = new Map((await this.users.judgeAccounts()).map((a) => [a.email.toLowerCase(), a.id]));
    const rows = await this.check(table, accounts);
    const result = (
      importId: string | null,
      invitations: JudgeImportResult['invitations'] = [],
    ): JudgeImportResult => ({
      importId,
      dryRun: !!options.dryRun,
      judges: rows.length,
      rows: rows.map((r) => ({
        line: r.line,
        email: r.email,
        displayName: r.displayName,
        language: r.language,
        judgeId: accounts.get(r.email) ?? null,
        outcome: accounts.has(r.email) ? 'profile-saved' : 'invited',
      })),
      invitations,
    });
    if (options.dryRun) return result(null);
    const importId = randomUUID();
    const invited = rows.filter((r) => !accounts.has(r.email));
    const invitations: JudgeImportResult['invitations'] = [];
    await this.transactions.run(async () => {
      for (const r of rows.filter((x) => accounts.has(x.email))) {
        await this.judges.saveProfile(accounts.get(r.email) as string, r, actor);
      }
      await this.drafts.upsert(invited, actor.userId as string);
      await this.auditLog.recordMany(
        actor,
        invited.map((r) => ({
          action: 'judge.profile-draft-imported',
          entityType: 'judge-profile-draft',
          entityId: null,
          after: {
            importId,
            line: r.line,
            email: r.email,
            displayName: r.displayName,
            title: r.title,
            expertiseIndustries: r.expertiseIndustries,
            affiliations: r.affiliations,
          },
        })),
      );
      // An address invited as a judge before keeps its live invitation (its draft is updated above); the others
      // are invited now.
      const alreadyInvited = await this.staffInvitations.liveInvitationRoles(invited.map((r) => r.email));
      for (const r of invited.filter((x) => !alreadyInvited.has(x.email))) {
        // The profile waits in its draft; the person is invited, by email, to become the judge it belongs to.
        await this.staffInvitations.invite(
          { email: r.email, role: 'judge', displayName: r.displayName, language: r.language ?? undefined },
          actor,
        );
        invitations.push({ email: r.email, role: 'judge', displayName: r.displayName, language: r.language });
      }
    });
    return result(importId, invitations);
  }

  private async check(table: ImportTable, judges: Map<string, string>): Promise<JudgeRow[]> {
    const read = readImportTable(table, JUDGE_COLUMNS);
    if (read.problems.length > 0) throw importRefused(SUBJECT, read.problems);
    const problems: LocalizedFieldProblem[] = [
      ...duplicatesInFile(read.rows, 'email', (r) => r.cells.email.toLowerCase() || null),
    ];
    const rows = read.rows.map(({ line, cells }) => {
      const parsed = readJudgeRow(line, cells);
      problems.push(...parsed.problems);
      return parsed.row;
    });
    const industries = new Set((await this.reference.entries('industries')).map((e) => e.code));
    for (const r of rows) {
      for (const code of r.expertiseIndustries.filter((c) => !industries.has(c)))
        problems.push(
          lineProblem(r.line, 'expertiseIndustries', {
            en: `unknown industry ${code}`,
            zh: `未知行业 ${code}`,
          }),
        );
    }
    // An address is one account: one that signs in as an organizer or an enterprise user (enabled or not)
    // cannot be invited as a judge, nor one with a live invitation to be an organizer. Files of judges are
    // short (tens of rows), so a read per new address is cheap.
    const fresh = rows.filter((x) => x.email !== '' && !judges.has(x.email));
    const invitedAs = await this.staffInvitations.liveInvitationRoles(fresh.map((r) => r.email));
    for (const r of fresh) {
      const role = (await this.users.findByEmail(r.email))?.role ?? invitedAs.get(r.email);
      if (role === 'organizer' || role === 'enterprise')
        problems.push(
          lineProblem(r.line, 'email', {
            en: `belongs to an ${role} account or invitation; a judge needs an address of their own`,
            zh: `该地址属于${role === 'organizer' ? '组织者' : '企业'}账号或邀请，评委需使用自己的地址`,
          }),
        );
    }
    if (problems.length > 0) throw importRefused(SUBJECT, problems);
    return rows;
  }
}
