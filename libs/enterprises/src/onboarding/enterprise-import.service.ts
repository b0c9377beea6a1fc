import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CampaignsService, CampaignView } from '@app/campaigns';
import {
  Actor,
  ImportTable,
  importRefused,
  Language,
  readImportTable,
  RowCells,
  LocalizedFieldProblem,
} from '@app/common';
import { Transactions } from '@app/database';
import { AuditLogService, AuditRecord } from '@app/identity';
import { ReferenceDataService } from '@app/reference-data';
import { asCreditCodeConflict } from '../enterprises.errors';
import { InvitationsService } from '../invitations/invitations.service';
import { candidacyProblems, databaseDuplicateProblems, referenceProblems } from './enterprise-import-checks';
import { EnterpriseImportRepository, NewCandidacy } from './enterprise-import.repository';
import {
  ENTERPRISE_COLUMNS,
  EnterpriseColumn,
  enterpriseDuplicatesInFile,
  EnterpriseRow,
  readEnterpriseRow,
} from './enterprise-rows';

export interface EnterpriseImportOptions {
  /** Enter the enterprises in this campaign's categories (the `categories` column). */
  campaignId?: string | null;
  /** Check every row and answer as an import would, writing nothing. */
  dryRun?: boolean;
}

/** One imported row: the enterprise, its candidacies and the contact its invitation goes to. */
export interface ImportedEnterprise {
  line: number;
  /** Null on a dry run. */
  enterpriseId: string | null;
  legalName: string;
  creditCode: string;
  contactEmail: string;
  contactLanguage: Language | null;
  categoryIds: string[];
  /** Null on a dry run. */
  candidacyIds: string[] | null;
}

export interface EnterpriseImportResult {
  /** Names this import in the audit log (`after.importId` of each entry); null on a dry run. */
  importId: string | null;
  dryRun: boolean;
  campaignId: string | null;
  enterprises: number;
  candidacies: number;
  rows: ImportedEnterprise[];
  /** The contacts invited to become their enterprise's first admin, one per enterprise; none on a dry run. */
  contacts: { enterpriseId: string; email: string; language: Language | null }[];
}

const SUBJECT = { en: 'enterprise', zh: '企业' };

/**
 * Organizers' bulk onboarding: a file of enterprises (and their candidacies in a campaign) goes in whole or not
 * at all. Every row is checked before anything is written, and every problem is answered by line and field.
 * The organizer vouches for what they import, so enterprises arrive verified (their first identity version
 * verified by the importer) and candidacies approved, decided by the importer: an import replaces the
 * registration, the review and the decision the organizer would otherwise make one by one. No account or
 * password is created: each contact is invited by email to become the enterprise's first admin.
 */
@Injectable()
export class EnterpriseImportService {
  constructor(
    private readonly transactions: Transactions,
    private readonly imports: EnterpriseImportRepository,
    private readonly reference: ReferenceDataService,
    private readonly campaigns: CampaignsService,
    private readonly auditLog: AuditLogService,
    private readonly invitations: InvitationsService,
  ) {}

  async import(
    table: ImportTable,
    options: EnterpriseImportOptions,
    actor: Actor,
    now = new Date(),
  ): Promise<EnterpriseImportResult> {
    const view = options.campaignId ? await this.campaigns.get(options.campaignId, actor) : null;
    const { rows, categoryIds } = await this.check(table, view, now);
    const result = (
      ids: (string | null)[],
      candidacyIds: Map<string, string[]> | null,
      importId: string | null,
      contacts: EnterpriseImportResult['contacts'] = [],
    ): EnterpriseImportResult => ({
      importId,
      dryRun: !!options.dryRun,
      campaignId: view?.campaign.id ?? null,
      enterprises: rows.length,
      candidacies: rows.reduce((n, r) => n + (categoryIds.get(r.line)?.length ?? 0), 0),
      rows: rows.map((r, i) => ({
        line: r.line,
        enterpriseId: ids[i],
        legalName: r.legalName,
        creditCode: r.creditCode,
        contactEmail: r.contactEmail,
        contactLanguage: r.contactLanguage,
        categoryIds: categoryIds.get(r.line) ?? [],
        candidacyIds: candidacyIds ? (candidacyIds.get(ids[i] as string) ?? []) : null,
      })),
      contacts,
    });
    if (options.dryRun)
      return result(
        rows.map(() => null),
        null,
        null,
      );
    const importId = randomUUID();
    return this.transactions
      .run(async () => {
        const ids = await this.imports.insertVerified(rows, actor.userId as string);
        await this.imports.appendFirstVersions(ids, actor.userId as string);
        const candidacies: NewCandidacy[] = rows.flatMap((r, i) =>
          (categoryIds.get(r.line) ?? []).map((categoryId) => ({
            categoryId,
            enterpriseId: ids[i],
            industryCode: r.industryCode,
          })),
        );
        const candidacyIds = view
          ? await this.imports.insertApprovedCandidacies(
              view.campaign.id,
              candidacies,
              actor.userId as string,
            )
          : [];
        const byEnterprise = new Map<string, string[]>();
        candidacies.forEach((c, i) =>
          byEnterprise.set(c.enterpriseId, [...(byEnterprise.get(c.enterpriseId) ?? []), candidacyIds[i]]),
        );
        await this.auditLog.recordMany(actor, [
          ...rows.map((r, i) => enterpriseEntry(r, ids[i], importId)),
          ...candidacies.map((c, i) =>
            candidacyEntry(c, candidacyIds[i], view?.campaign.id as string, importId),
          ),
        ]);
        // No account and no password at import: each contact is invited, by email, to be the first admin.
        const contacts = rows.map((r, i) => ({
          enterpriseId: ids[i],
          email: r.contactEmail,
          language: r.contactLanguage,
        }));
        await this.invitations.inviteContacts(contacts, actor);
        return result(ids, byEnterprise, importId, contacts);
      })
      .catch((err: unknown) => {
        throw asCreditCodeConflict(err);
      });
  }

  /** Every row read and checked; throws the 422 with every problem found, else returns the rows. */
  private async check(
    table: ImportTable,
    view: CampaignView | null,
    now: Date,
  ): Promise<{ rows: EnterpriseRow[]; categoryIds: Map<number, string[]> }> {
    const read = readImportTable(table, ENTERPRISE_COLUMNS);
    if (read.problems.length > 0) throw importRefused(SUBJECT, read.problems);
    const problems: LocalizedFieldProblem[] = [...enterpriseDuplicatesInFile(read.rows)];
    const rows: EnterpriseRow[] = [];
    for (const { line, cells } of read.rows) {
      const parsed = readEnterpriseRow(line, cells);
      problems.push(...parsed.problems);
      rows.push(parsed.row);
    }
    const reference = await this.reference.all();
    problems.push(...referenceProblems(rows, reference));
    const industries = new Set(reference.industries.map((i) => i.code));
    const candidacies = candidacyProblems(rows, view, now, industries);
    problems.push(...candidacies.problems);
    const [registered, contactsInUse] = await Promise.all([
      this.imports.registeredCreditCodes(rows.map((r) => r.creditCode)),
      this.imports.contactEmailsInUse(rows.map((r) => r.contactEmail)),
    ]);
    problems.push(...databaseDuplicateProblems(rows, registered, contactsInUse));
    if (problems.length > 0) throw importRefused(SUBJECT, problems);
    return { rows, categoryIds: candidacies.categoryIds };
  }

  /**
   * The enterprises in the import's shape (an export re-imports as it is): every enterprise, or a campaign's
   * candidates with the categories they entered, by English name. `contactLanguage` is left empty: it is the
   * invitation's language, not part of the profile.
   */
  async export(campaignId: string | null, actor: Actor): Promise<RowCells<EnterpriseColumn>[]> {
    const view = campaignId ? await this.campaigns.get(campaignId, actor) : null;
    const categories = view?.categories ?? [];
    const position = (id: string) => categories.findIndex((k) => k.id === id);
    const rows = await this.imports.exportRows(view?.campaign.id ?? null);
    return rows.map((e) => ({
      legalNameZh: e.legalNameZh ?? '',
      legalName: e.legalName,
      creditCode: e.creditCode,
      industryCode: e.industryCode,
      organizationType: e.organizationType,
      businessTypes: e.businessTypes.join('; '),
      region: e.region,
      seats: String(e.seats),
      annualRevenue: e.annualRevenue ?? '',
      contactName: e.contactName,
      contactEmail: e.contactEmail,
      contactPhone: e.contactPhone ?? '',
      contactLanguage: '',
      categories: [...e.categoryIds]
        .sort((a, b) => position(a) - position(b))
        .map((id) => categories[position(id)]?.name ?? id)
        .join('; '),
    }));
  }
}

function enterpriseEntry(r: EnterpriseRow, id: string, importId: string): AuditRecord {
  return {
    action: 'enterprise.imported',
    entityType: 'enterprise',
    entityId: id,
    after: {
      importId,
      line: r.line,
      legalName: r.legalName,
      legalNameZh: r.legalNameZh,
      creditCode: r.creditCode,
      industryCode: r.industryCode,
      organizationType: r.organizationType,
      businessTypes: r.businessTypes,
      region: r.region,
      seats: r.seats,
      annualRevenue: r.annualRevenue,
      // Verified on import: the importing organizer vouches for the file, so no separate review follows.
      status: 'verified',
      verifiedBy: 'the importing organizer',
      contactEmail: r.contactEmail,
    },
  };
}

function candidacyEntry(c: NewCandidacy, id: string, campaignId: string, importId: string): AuditRecord {
  return {
    action: 'candidacy.imported',
    entityType: 'candidacy',
    entityId: id,
    after: {
      importId,
      campaignId,
      categoryId: c.categoryId,
      enterpriseId: c.enterpriseId,
      industryCode: c.industryCode,
      // Approved on import: the organizer who imports is the one who would approve it.
      state: 'approved',
    },
  };
}
