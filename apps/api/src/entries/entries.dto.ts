import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Allow, IsObject, IsOptional, IsString, Matches } from 'class-validator';
import {
  fieldsOf,
  type AnswerValue,
  type EntryDocument,
  type EntryRevision,
  type EntryView,
  type EntryViewState,
  type FormDefinition,
} from '@app/entries';
import { PageQueryDto } from '../http/page-query.dto';
import { PageResponseOf } from '../http/page-response.dto';
import {
  AT,
  CAMPAIGN_ID,
  CANDIDACY_ID,
  CATEGORY_ID,
  EXAMPLE_ANSWERS,
  EXAMPLE_DEFINITION,
  FORM_ID,
  USER_ID,
} from './entry-examples';
import { EntryDocumentDto } from './entry-files.dto';
import { FormDefinitionDto, LocalizedTextDto } from './form-definition.dto';

const VALUE_DESCRIPTION =
  'By the field’s type: a text (short-text, long-text, date `YYYY-MM-DD`, url, email, single-choice value), ' +
  'a number, a list of option values (multiple-choice), or a list of rows keyed by column (table). ' +
  '`null` (or an empty text or list) clears the answer. File fields take uploads instead.';

/** An answer's shapes, so a typed client can send each (and read each back) without guessing. */
const TABLE_CELL = { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true };
const ANSWER_SHAPES = [
  { type: 'string' },
  { type: 'number' },
  { type: 'array', items: { type: 'string' } },
  { type: 'array', items: { type: 'object', additionalProperties: TABLE_CELL } },
];

export class SaveAnswerDto {
  @ApiProperty({ example: 320, description: VALUE_DESCRIPTION, nullable: true, oneOf: ANSWER_SHAPES })
  @Allow()
  value: unknown;
}

export class SaveAnswersDto {
  @ApiProperty({
    example: {
      centre_name: 'Shenzhen Customer Care Centre',
      seats: 320,
      outsourced: 'no',
      outsourcing_share: null,
    },
    description: `Answers by field key, all saved or none. ${VALUE_DESCRIPTION}`,
  })
  @IsObject()
  answers: Record<string, unknown>;
}

export class EntryHistoryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'seats', description: 'only this field’s changes' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,62}$/, { message: 'fieldKey must be a letter then letters, digits or _' })
  fieldKey?: string;
}

class EntryFormRefDto {
  @ApiProperty({ example: FORM_ID }) formId: string;
  @ApiProperty({ example: 'best-contact-centre-2027' }) formKey: string;
  @ApiProperty({ example: 'Best Contact Centre: entry form' }) name: string;
  @ApiProperty({ example: '最佳客服中心：申报表' }) nameZh: string;
  @ApiProperty({ example: 2, description: 'the version this entry is written against' }) version: number;
  @ApiProperty({ type: FormDefinitionDto, example: EXAMPLE_DEFINITION }) definition: FormDefinition;
}

class MissingFieldDto {
  @ApiProperty({ example: 'summary' }) key: string;
  @ApiProperty({ type: LocalizedTextDto, example: { en: 'Summary', zh: '案例摘要' } })
  label: LocalizedTextDto;
}

@ApiExtraModels(EntryDocumentDto)
export class EntryResponseDto {
  @ApiProperty({ example: CANDIDACY_ID }) candidacyId: string;
  @ApiProperty({ example: CAMPAIGN_ID }) campaignId: string;
  @ApiProperty({ example: CATEGORY_ID }) categoryId: string;
  @ApiProperty({ type: EntryFormRefDto }) form: EntryFormRefDto;
  @ApiProperty({
    enum: ['not-started', 'draft', 'submitted'],
    example: 'draft',
    description: 'submitted stays complete: a save that would empty a required visible field is refused',
  })
  state: EntryViewState;
  @ApiProperty({
    example: EXAMPLE_ANSWERS,
    description:
      'every saved answer by field key, those of hidden fields included (kept, but not part of the entry); ' +
      'a file field’s answer is its documents (id, fileName, mediaType, sizeBytes, sha256, scan, uploadedAt), ' +
      'each opened through GET /candidacies/{id}/entry/documents/{documentId}/link',
    type: 'object',
    additionalProperties: {
      oneOf: [...ANSWER_SHAPES, { type: 'array', items: { $ref: getSchemaPath(EntryDocumentDto) } }],
    },
  })
  answers: Record<string, AnswerValue | EntryDocumentDto[]>;
  @ApiProperty({ example: ['centre_name', 'seats', 'outsourced', 'outsourcing_share', 'summary'] })
  visibleFields: string[];
  @ApiProperty({ type: [MissingFieldDto], description: 'required fields that show and are empty' })
  missingFields: MissingFieldDto[];
  @ApiProperty({ example: 7, description: 'how many saves changed the answers' }) revision: number;
  @ApiProperty({ example: AT, nullable: true, type: String }) updatedAt: string | null;
  @ApiProperty({ example: USER_ID, nullable: true, type: String }) updatedBy: string | null;
  @ApiProperty({ example: AT, nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ example: USER_ID, nullable: true, type: String }) submittedBy: string | null;
  @ApiProperty({ example: true }) editable: boolean;
  @ApiProperty({
    example: '2027-03-31T16:00:00.000Z',
    nullable: true,
    type: String,
    description: 'registration’s close (null: until the campaign leaves registration)',
  })
  editableUntil: string | null;
  @ApiProperty({
    type: LocalizedTextDto,
    nullable: true,
    example: { en: 'registration has closed', zh: '报名已截止' },
    description: 'why answers can no longer change',
  })
  lockedReason: LocalizedTextDto | null;

  static from(v: EntryView): EntryResponseDto {
    const iso = (d: Date | null) => (d ? d.toISOString() : null);
    const answers: EntryResponseDto['answers'] = { ...v.answers } as EntryResponseDto['answers'];
    for (const field of fieldsOf(v.form.definition)) {
      const documents = v.answers[field.key];
      if (field.type === 'file' && Array.isArray(documents))
        answers[field.key] = (documents as EntryDocument[]).map((d) => EntryDocumentDto.from(d));
    }
    return {
      ...v,
      answers,
      updatedAt: iso(v.updatedAt),
      submittedAt: iso(v.submittedAt),
      editableUntil: iso(v.editableUntil),
    };
  }
}

export class EntryRevisionDto {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ example: 7, description: 'the entry’s revision this change made' }) revision: number;
  @ApiProperty({ example: 'seats' }) fieldKey: string;
  @ApiProperty({ example: 300, nullable: true, description: 'the value before (null: unanswered)' })
  before: AnswerValue;
  @ApiProperty({ example: 320, nullable: true, description: 'the value after (null: cleared)' })
  after: AnswerValue;
  @ApiProperty({ example: USER_ID, nullable: true, type: String }) changedBy: string | null;
  @ApiProperty({ example: 'Li Wei', nullable: true, type: String }) changedByName: string | null;
  @ApiProperty({ example: AT }) changedAt: string;

  static from(r: EntryRevision): EntryRevisionDto {
    return { ...r, changedAt: r.changedAt.toISOString() };
  }
}

export class EntryRevisionPageDto extends PageResponseOf(EntryRevisionDto, 'EntryRevisionPageDto') {}
