import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { Actor } from '@app/common';
import { AuditLogService } from '@app/identity';
import { JudgingErrors } from '../judging.errors';
import { RubricContent, rubricProblems } from './rubric';
import { RubricResult, rubricResult, SheetValues, sheetProblems } from './rubric-result';
import { RubricsRepository, StoredRubric, StoredRubricVersion } from './rubrics.repository';

export interface NewRubric {
  key: string;
  name: string;
  nameZh?: string | null;
  definition: RubricContent;
  note?: string | null;
}

/** Organizers' rubrics: created once, then changed only by adding versions. */
@Injectable()
export class RubricsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly rubrics: RubricsRepository,
    private readonly auditLog: AuditLogService,
  ) {}

  list(): Promise<StoredRubric[]> {
    return this.rubrics.list();
  }

  async get(id: string): Promise<{ rubric: StoredRubric; versions: StoredRubricVersion[] }> {
    const rubric = await this.rubrics.find(id);
    if (!rubric) throw JudgingErrors.rubricNotFound(id);
    return { rubric, versions: await this.rubrics.versions(id) };
  }

  async version(id: string, version: number): Promise<StoredRubricVersion> {
    const found = await this.rubrics.findVersion(id, version);
    if (!found) throw JudgingErrors.rubricVersionNotFound(id, version);
    return found;
  }

  async create(input: NewRubric, actor: Actor): Promise<StoredRubric> {
    const problems = rubricProblems(input.definition);
    if (problems.length > 0) throw JudgingErrors.invalid(problems);
    const id = await this.transactions.run(async () => {
      const rubricId = await this.rubrics.insertRubric(
        { key: input.key, name: input.name, nameZh: input.nameZh ?? null },
        actor.userId,
      );
      if (!rubricId) throw JudgingErrors.rubricKeyTaken(input.key);
      await this.rubrics.insertVersion(rubricId, input.definition, input.note ?? null, actor.userId);
      await this.auditLog.record(actor, {
        action: 'rubric.created',
        entityType: 'rubric',
        entityId: rubricId,
        after: { key: input.key, name: input.name, version: 1, definition: input.definition },
      });
      return rubricId;
    });
    return (await this.rubrics.find(id)) as StoredRubric;
  }

  /** An edit of a rubric is its next version; versions already written never change. */
  async addVersion(
    id: string,
    definition: RubricContent,
    note: string | null,
    actor: Actor,
  ): Promise<StoredRubricVersion> {
    const problems = rubricProblems(definition);
    if (problems.length > 0) throw JudgingErrors.invalid(problems);
    const version = await this.transactions.run(async () => {
      if (!(await this.rubrics.find(id))) throw JudgingErrors.rubricNotFound(id);
      const v = await this.rubrics.insertVersion(id, definition, note, actor.userId);
      await this.auditLog.record(actor, {
        action: 'rubric.version-added',
        entityType: 'rubric',
        entityId: id,
        after: { version: v, note, definition },
      });
      return v;
    });
    return this.version(id, version);
  }

  /** What a complete score sheet would give on this version: lets organizers check a rubric before using it. */
  async evaluate(id: string, version: number, values: SheetValues): Promise<RubricResult> {
    const { definition } = await this.version(id, version);
    const problems = sheetProblems(definition, values, true);
    if (problems.length > 0) throw JudgingErrors.invalid(problems);
    return rubricResult(definition, values);
  }
}
