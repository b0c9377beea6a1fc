import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import { Transactions } from '@app/database';
import { AuditLogService } from '@app/identity';
import { EntryErrors } from '../entries.errors';
import type { FormDefinition } from '../form-definition';
import { formDefinitionProblems } from './form-definition-problems';
import { EntryFormsRepository, StoredEntryForm, StoredEntryFormVersion } from './entry-forms.repository';

export interface NewEntryForm {
  key: string;
  name: string;
  nameZh: string;
  /** Checked here, whatever its shape: a 400 names every path at fault. */
  definition: unknown;
  note?: string | null;
}

/** Organizers' entry forms: created once, then changed only by adding versions, never by editing one. */
@Injectable()
export class EntryFormsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly forms: EntryFormsRepository,
    private readonly auditLog: AuditLogService,
  ) {}

  list(): Promise<StoredEntryForm[]> {
    return this.forms.list();
  }

  async get(id: string): Promise<{ form: StoredEntryForm; versions: StoredEntryFormVersion[] }> {
    const form = await this.forms.find(id);
    if (!form) throw EntryErrors.formNotFound(id);
    return { form, versions: await this.forms.versions(id) };
  }

  async version(id: string, version: number): Promise<StoredEntryFormVersion> {
    const found = await this.forms.findVersion(id, version);
    if (!found) throw EntryErrors.formVersionNotFound(id, version);
    return found;
  }

  async create(input: NewEntryForm, actor: Actor): Promise<StoredEntryForm> {
    const definition = checked(input.definition);
    const id = await this.transactions.run(async () => {
      const formId = await this.forms.insertForm(
        { key: input.key, name: input.name, nameZh: input.nameZh },
        actor.userId,
      );
      if (!formId) throw EntryErrors.formKeyTaken(input.key);
      await this.forms.insertVersion(formId, definition, input.note ?? null, actor.userId);
      await this.auditLog.record(actor, {
        action: 'entry-form.created',
        entityType: 'entry-form',
        entityId: formId,
        after: { key: input.key, name: input.name, nameZh: input.nameZh, version: 1, definition },
      });
      return formId;
    });
    return (await this.forms.find(id)) as StoredEntryForm;
  }

  /**
   * An edit of a form is its next version. Categories of draft campaigns follow it at once; a category whose
   * campaign has opened registration keeps the version it froze at (see CategoryFormsService).
   */
  async addVersion(
    id: string,
    input: unknown,
    note: string | null,
    actor: Actor,
  ): Promise<StoredEntryFormVersion> {
    const definition = checked(input);
    const version = await this.transactions.run(async () => {
      if (!(await this.forms.find(id))) throw EntryErrors.formNotFound(id);
      const v = await this.forms.insertVersion(id, definition, note, actor.userId);
      await this.auditLog.record(actor, {
        action: 'entry-form.version-added',
        entityType: 'entry-form',
        entityId: id,
        after: { version: v, note, definition },
      });
      return v;
    });
    return this.version(id, version);
  }
}

function checked(definition: unknown): FormDefinition {
  const problems = formDefinitionProblems(definition, 'definition');
  if (problems.length > 0) throw EntryErrors.invalid(problems);
  return definition as FormDefinition;
}
