import { Inject, Injectable } from '@nestjs/common';
import { documentsConfig, DocumentsConfig } from '@app/config';
import { EntriesService, fieldsOf } from '@app/entries';
import { JudgingErrors } from '../judging.errors';
import { defaultMaterials, RoundMaterials, roundMaterialsProblems } from './round-materials';

/** A round's materials settings against what they depend on: the category's entry form and the upload ceiling. */
@Injectable()
export class RoundMaterialsSettings {
  constructor(
    private readonly entries: EntriesService,
    @Inject(documentsConfig.KEY) private readonly documents: DocumentsConfig,
  ) {}

  /** What a new round of this stage shows and takes when the organizer says nothing. */
  defaults(stageType: string): RoundMaterials {
    return defaultMaterials(stageType, this.documents.maxBytes);
  }

  /** 400 naming each problem (`materials.shownFields[1]`, `materials.judgeAttachments.slots[0].maxBytes`). */
  async check(categoryId: string, materials: RoundMaterials): Promise<void> {
    // Rounds are prepared from registration on, when the category's form in force no longer changes.
    const form = await this.entries.formInForce(categoryId);
    const problems = roundMaterialsProblems(
      materials,
      form ? fieldsOf(form.definition).map((f) => f.key) : null,
      this.documents.maxBytes,
    );
    if (problems.length > 0) throw JudgingErrors.invalid(problems);
  }
}
