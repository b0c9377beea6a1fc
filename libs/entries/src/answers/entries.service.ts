import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { Actor, LocalizedFieldProblem, Page, PageRequest, pageOffset } from '@app/common';
import { Transactions } from '@app/database';
import { DocumentsService } from '@app/documents';
import { CandidaciesService } from '@app/enterprises';
import { AuditLogService, UsersService } from '@app/identity';
import { EntryErrors } from '../entries.errors';
import { withDocuments } from '../files/entry-documents';
import { MAX_UPLOAD_BYTES, type Answers, type AnswerValue, type FormDefinition } from '../form-definition';
import { CategoryFormsService } from '../forms/category-forms.service';
import { fieldOf, fieldsOf, missingAnswers, visibleAnswers, visibleFields } from '../forms/form-fields';
import { FIELD_DEFAULTS } from '../forms/form-limits';
import { answerProblems, normalizedAnswer } from './answer-problems';
import { EntriesRepository, FieldChange } from './entries.repository';
import { EntryContext, EntryContexts } from './entry-contexts';
import type { EntryRevision, EntryView, UploadTarget, VisibleEntry } from './entry-view';

const labelled = (definition: FormDefinition, answers: Answers) =>
  missingAnswers(definition, answers).map((f) => ({ key: f.key, label: f.label }));

/**
 * A candidacy's answers to its category's entry form: saved as a draft field by field (each value checked
 * against its field's type), submitted once every required visible field is answered, editable until
 * registration closes, every change kept with its old value and audited.
 */
@Injectable()
export class EntriesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly entries: EntriesRepository,
    private readonly contexts: EntryContexts,
    private readonly forms: CategoryFormsService,
    private readonly candidacies: CandidaciesService,
    private readonly users: UsersService,
    private readonly auditLog: AuditLogService,
    private readonly documents: DocumentsService,
  ) {}

  /** The category's form in force (null: it asks for none); freezes the version past draft. */
  async formInForce(
    categoryId: string,
  ): Promise<{ formId: string; formKey: string; version: number; definition: FormDefinition } | null> {
    const form = await this.forms.formInForce(categoryId);
    return (
      form && {
        formId: form.formId,
        formKey: form.formKey,
        version: form.version,
        definition: form.definition,
      }
    );
  }

  async view(candidacyId: string, viewer: Actor): Promise<EntryView> {
    return this.viewOf(await this.contexts.of(candidacyId, viewer));
  }

  /**
   * Saves answers as a draft, all or none. `one`: a single field named by the path (unknown: 404; a file
   * field: 400 pointing to its upload). `many`: each problem names its key. Either way every value is
   * checked against its field's type first (400 naming the field), and a submitted entry refuses a save
   * that would leave a required visible field empty (409), so "submitted" always means complete.
   */
  async save(
    candidacyId: string,
    answers: Record<string, unknown>,
    actor: Actor,
    how: 'one' | 'many',
  ): Promise<EntryView> {
    const context = await this.contexts.editable(candidacyId, actor);
    const problems: LocalizedFieldProblem[] = [];
    const changes: Answers = {};
    const fields = new Map(fieldsOf(context.definition).map((f) => [f.key, f]));
    const keys = Object.keys(answers);
    // A body can name more keys than any form has fields; refusing it whole keeps one request from costing
    // seconds of checks and a megabyte of problems.
    if (keys.length > fields.size) throw EntryErrors.tooManyAnswers(keys.length, fields.size);
    for (const key of keys) {
      const value = answers[key];
      const field = fields.get(key);
      if (!field) {
        if (how === 'one') throw EntryErrors.fieldNotFound(key);
        problems.push(...EntryErrors.fieldNotFound(key).problems!);
      } else if (field.type === 'file') {
        if (how === 'one') throw EntryErrors.fileFieldNeedsUpload(key, candidacyId);
        problems.push(...EntryErrors.fileFieldNeedsUpload(key, candidacyId).problems!);
      } else {
        const found = answerProblems(field, value);
        problems.push(...found);
        if (found.length === 0) changes[key] = normalizedAnswer(field, value);
      }
    }
    if (problems.length > 0) throw EntryErrors.invalid(problems);
    await this.write(context, () => changes, actor, 'entry.answers-saved');
    return this.view(candidacyId, actor);
  }

  /** Submits the entry: 409 listing every required visible field still empty. Submitting twice is a no-op. */
  async submit(candidacyId: string, actor: Actor): Promise<EntryView> {
    const context = await this.contexts.editable(candidacyId, actor);
    await this.transactions.run(async () => {
      const entry = await this.entries.lockOrCreate(this.keyOf(context));
      if (entry.state === 'submitted') return;
      const missing = labelled(context.definition, entry.answers);
      if (missing.length > 0) throw EntryErrors.incomplete(missing);
      const submitted = await this.entries.markSubmitted(candidacyId, actor.userId);
      await this.auditLog.record(actor, {
        action: 'entry.submitted',
        entityType: 'entry',
        entityId: candidacyId,
        before: { state: entry.state, revision: entry.revision },
        after: {
          state: submitted.state,
          revision: submitted.revision,
          formKey: context.form.formKey,
          formVersion: submitted.formVersion,
          answers: visibleAnswers(context.definition, submitted.answers),
        },
      });
    });
    return this.view(candidacyId, actor);
  }

  /**
   * Where an upload for a file field goes and what it accepts, after the same checks as a save (visible,
   * editable, a file field): the upload route asks this before reading a byte.
   */
  async uploadTarget(candidacyId: string, fieldKey: string, actor: Actor): Promise<UploadTarget> {
    return (await this.fileField(candidacyId, fieldKey, actor)).target;
  }

  /**
   * Adds a stored document to a file field, under the entry's row lock, in the ambient transaction (the
   * upload's, so the document and its place in the answers commit together). 409 beyond the field's count.
   */
  async attachDocument(
    candidacyId: string,
    fieldKey: string,
    documentId: string,
    actor: Actor,
  ): Promise<void> {
    const { context, target } = await this.fileField(candidacyId, fieldKey, actor);
    await this.write(
      context,
      (before) => {
        const ids = (before[fieldKey] as string[] | undefined) ?? [];
        if (ids.includes(documentId)) return {};
        if (ids.length >= target.rules.maxFiles)
          throw EntryErrors.tooManyFiles(fieldKey, target.rules.maxFiles);
        return { [fieldKey]: [...ids, documentId] };
      },
      actor,
      'entry.document-attached',
    );
  }

  /** Takes a document out of a file field (404 if it is not there); the documents lib removes the bytes. */
  async detachDocument(
    candidacyId: string,
    fieldKey: string,
    documentId: string,
    actor: Actor,
  ): Promise<void> {
    const { context } = await this.fileField(candidacyId, fieldKey, actor);
    await this.write(
      context,
      (before) => {
        const ids = (before[fieldKey] as string[] | undefined) ?? [];
        if (!ids.includes(documentId)) throw EntryErrors.documentNotAttached(fieldKey, documentId);
        const rest = ids.filter((id) => id !== documentId);
        return { [fieldKey]: rest.length > 0 ? rest : null };
      },
      actor,
      'entry.document-detached',
    );
  }

  /** Every change of every field (or of one), oldest first, with who made it. */
  async history(
    candidacyId: string,
    fieldKey: string | null,
    page: PageRequest,
    viewer: Actor,
  ): Promise<Page<EntryRevision>> {
    await this.candidacies.get(candidacyId, viewer);
    const { items, total } = await this.entries.revisions(
      candidacyId,
      fieldKey,
      page.pageSize,
      pageOffset(page),
    );
    const names = new Map(
      (await this.users.namesOf([...new Set(items.flatMap((r) => (r.changedBy ? [r.changedBy] : [])))])).map(
        (u) => [u.id, u.displayName],
      ),
    );
    return {
      ...page,
      total,
      items: items.map((r) => ({
        ...r,
        changedByName: r.changedBy ? (names.get(r.changedBy) ?? null) : null,
      })),
    };
  }

  /**
   * The entry as shown to judges: only the answers of fields that show. Null when the candidacy has none
   * (its category asks for no form, or nothing was saved). No visibility check: callers are libs, which
   * decide who sees it.
   */
  async visibleEntry(candidacyId: string): Promise<VisibleEntry | null> {
    const entry = await this.entries.find(candidacyId);
    if (!entry) return null;
    const form = await this.forms.formInForce(entry.categoryId);
    const definition = await this.forms.definitionOf(entry.formId, entry.formVersion);
    return {
      candidacyId,
      formKey: form?.formKey ?? '',
      formVersion: entry.formVersion,
      definition,
      state: entry.state,
      answers: visibleAnswers(definition, entry.answers),
    };
  }

  /**
   * Approval needs a submitted entry when the category asks for a form (409 ENTRY_NOT_SUBMITTED). The API
   * asks this before approving: enterprises cannot read entries, so the check is composed there.
   */
  async assertApprovable(candidacyId: string, viewer: Actor): Promise<void> {
    const candidacy = await this.candidacies.get(candidacyId, viewer);
    if (!(await this.forms.formInForce(candidacy.categoryId))) return;
    const entry = await this.entries.find(candidacyId);
    if (entry?.state !== 'submitted') throw EntryErrors.notSubmitted(candidacyId);
  }

  private async fileField(candidacyId: string, fieldKey: string, actor: Actor) {
    const context = await this.contexts.editable(candidacyId, actor);
    const field = fieldOf(context.definition, fieldKey);
    if (!field) throw EntryErrors.fieldNotFound(fieldKey);
    if (field.type !== 'file') throw EntryErrors.notAFileField(fieldKey);
    const target: UploadTarget = {
      candidacyId,
      field,
      rules: {
        accept: field.accept ?? [],
        maxBytes: field.maxBytes ?? MAX_UPLOAD_BYTES,
        maxFiles: field.maxFiles ?? FIELD_DEFAULTS.maxFiles,
      },
    };
    return { context, target };
  }

  private keyOf(context: EntryContext) {
    return {
      candidacyId: context.candidacy.id,
      categoryId: context.candidacy.categoryId,
      formId: context.entry?.formId ?? context.form.formId,
      formVersion: context.entry?.formVersion ?? context.form.version,
    };
  }

  /**
   * One change of the answers under the entry's row lock: `change` reads the locked answers and gives the
   * new values (null clears). Unchanged values are dropped; nothing changed writes nothing. Each changed
   * field gets a revision row with its old value, and the change one audit entry, in the same transaction.
   */
  private async write(
    context: EntryContext,
    change: (before: Answers) => Answers,
    actor: Actor,
    action: string,
  ): Promise<void> {
    // Clearing what was never answered starts no entry (it would count as started).
    if (!context.entry && Object.values(change({})).every((v) => v === null)) return;
    await this.transactions.run(async () => {
      const entry = await this.entries.lockOrCreate(this.keyOf(context));
      const before = entry.answers;
      const after: Answers = { ...before };
      for (const [key, value] of Object.entries(change(before))) {
        if (value === null) delete after[key];
        else after[key] = value;
      }
      const changes: FieldChange[] = Object.keys({ ...before, ...after })
        .filter((key) => !isDeepStrictEqual(before[key], after[key]))
        .map((key) => ({ fieldKey: key, before: before[key] ?? null, after: after[key] ?? null }));
      if (changes.length === 0) return;
      if (entry.state === 'submitted') {
        const missing = labelled(context.definition, after);
        if (missing.length > 0) throw EntryErrors.wouldBeIncomplete(missing);
      }
      const saved = await this.entries.saveAnswers(entry.candidacyId, after, actor.userId);
      await this.entries.insertRevisions(entry.candidacyId, saved.revision, changes, actor.userId);
      const pick = (side: 'before' | 'after') =>
        Object.fromEntries(changes.map((c) => [c.fieldKey, c[side]])) as Record<string, AnswerValue>;
      await this.auditLog.record(actor, {
        action,
        entityType: 'entry',
        entityId: entry.candidacyId,
        before: { revision: entry.revision, answers: pick('before') },
        after: { revision: saved.revision, state: saved.state, answers: pick('after') },
      });
    });
  }

  private async viewOf(context: EntryContext): Promise<EntryView> {
    const { candidacy, campaign, form, entry, definition, lockedReason } = context;
    const answers = entry?.answers ?? {};
    // One query for every file field's documents.
    const documents = entry ? await this.documents.list('entry-field', [candidacy.id]) : [];
    return {
      candidacyId: candidacy.id,
      campaignId: candidacy.campaignId,
      categoryId: candidacy.categoryId,
      form: {
        formId: entry?.formId ?? form.formId,
        formKey: form.formKey,
        name: form.name,
        nameZh: form.nameZh,
        version: entry?.formVersion ?? form.version,
        definition,
      },
      state: entry?.state ?? 'not-started',
      answers: withDocuments(definition, answers, documents),
      visibleFields: visibleFields(definition, answers),
      missingFields: labelled(definition, answers),
      revision: entry?.revision ?? 0,
      updatedAt: entry ? entry.updatedAt : null,
      updatedBy: entry?.updatedBy ?? null,
      submittedAt: entry?.submittedAt ?? null,
      submittedBy: entry?.submittedBy ?? null,
      editable: lockedReason === null,
      editableUntil: campaign.registrationClosesAt,
      lockedReason,
    };
  }
}
