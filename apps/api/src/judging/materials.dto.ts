import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { AttachmentSlot, JudgeAttachmentsSettings, RoundMaterials } from '@app/judging';
import { AT, ID } from './examples';

/** Bad keys, media types and limits are the lib's to name (400 with `materials....` paths), not shape checks. */
export class SlotLabelDto {
  @ApiProperty({ example: 'Site-visit report' })
  @IsString()
  @MaxLength(200)
  en: string;

  @ApiProperty({ example: '现场评审报告' })
  @IsString()
  @MaxLength(200)
  zh: string;
}

export class AttachmentSlotDto implements AttachmentSlot {
  @ApiProperty({
    example: 'report',
    description: 'A lower-case letter, then lower-case letters, digits, _ or -',
  })
  @IsString()
  @MaxLength(100)
  key: string;

  @ApiProperty({ type: SlotLabelDto })
  @ValidateNested()
  @Type(() => SlotLabelDto)
  label: SlotLabelDto;

  @ApiProperty({
    example: ['application/pdf'],
    description: 'Media types, or a whole top-level type (`image/*`); checked against the file’s bytes',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  accept: string[];

  @ApiProperty({ example: 20971520, description: 'Bytes per file, at most DOCUMENT_MAX_BYTES' })
  @IsInt()
  maxBytes: number;

  @ApiProperty({ example: 1, description: 'Files per sheet, 1 to 50' })
  @IsInt()
  maxFiles: number;
}

export class JudgeAttachmentsDto implements JudgeAttachmentsSettings {
  @ApiProperty({ type: [AttachmentSlotDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AttachmentSlotDto)
  slots: AttachmentSlotDto[];

  @ApiProperty({
    example: false,
    description:
      'After the announcement, the attachments of counted sheets appear in each entrant’s feedback (when the ' +
      'round shares feedback with entrants), without judges’ names',
  })
  @IsBoolean()
  toEntrantsAfterAnnouncement: boolean;
}

export class RoundMaterialsDto implements Partial<RoundMaterials> {
  @ApiPropertyOptional({
    example: ['centre_name', 'seats', 'summary', 'evidence'],
    nullable: true,
    type: [String],
    description: 'Entry form fields the judges see, by key; null (the default) shows every field',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(63, { each: true })
  shownFields?: string[] | null;

  @ApiPropertyOptional({
    type: JudgeAttachmentsDto,
    nullable: true,
    description:
      'What judges attach to their sheets; null takes nothing. Default: none for a document review, a PDF ' +
      '`report` and `photos` (JPEG or PNG) for a site visit or mystery call',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => JudgeAttachmentsDto)
  judgeAttachments?: JudgeAttachmentsDto | null;

  // No `default` in the document: openapi-typescript would then type the field as required in requests.
  @ApiPropertyOptional({
    example: true,
    description:
      'Show the judges, in each dossier, the entrant’s results and the judges’ comments of the finalised ' +
      'earlier rounds of the same campaign and category, without judges’ names (absent: false)',
  })
  @IsOptional()
  @IsBoolean()
  showPreviousFeedback?: boolean;
}

export const MATERIALS_EXAMPLE: RoundMaterials = {
  shownFields: null,
  judgeAttachments: {
    slots: [
      {
        key: 'report',
        label: { en: 'Report', zh: '评审报告' },
        accept: ['application/pdf'],
        maxBytes: 20971520,
        maxFiles: 1,
      },
      {
        key: 'photos',
        label: { en: 'Photos', zh: '照片' },
        accept: ['image/jpeg', 'image/png'],
        maxBytes: 10485760,
        maxFiles: 20,
      },
    ],
    toEntrantsAfterAnnouncement: false,
  },
  showPreviousFeedback: false,
};

const SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const DOCUMENT_ID = '5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90';

export class DocumentLinkResponseDto {
  @ApiProperty({
    example: `https://awards.example.org/documents/${DOCUMENT_ID}/content?reader=${ID}&expires=1827452400&signature=mJ3Xo0pS1f0VwQ4cK8rY2tZ7uH6gB5nA9eD1iL3oP2s`,
    description: 'Open as it is, as the reader it was made for, before it expires',
  })
  url: string;

  @ApiProperty({ example: AT, description: 'DOCUMENT_LINK_TTL_SECONDS (5 minutes) from now' })
  expiresAt: string;

  @ApiProperty({ example: true, description: 'PDFs and images open in the browser; anything else downloads' })
  inline: boolean;
}

export class SheetAttachmentResponseDto {
  @ApiProperty({ example: DOCUMENT_ID }) id: string;
  @ApiProperty({ example: ID }) assignmentId: string;
  @ApiProperty({ example: 'report' }) slot: string;
  @ApiProperty({ example: 'Site visit 12 May.pdf' }) fileName: string;
  @ApiProperty({ example: 'application/pdf', description: 'As sniffed from the bytes' }) mediaType: string;
  @ApiProperty({ example: 482133 }) sizeBytes: number;
  @ApiProperty({ example: SHA }) sha256: string;
  @ApiProperty({ enum: ['clean', 'unscanned'], example: 'unscanned' }) scan: string;
  @ApiProperty({ example: AT }) uploadedAt: string;
}

export class RoundAttachmentResponseDto extends SheetAttachmentResponseDto {
  @ApiProperty({ example: ID }) entrantId: string;
  @ApiProperty({ example: ID }) judgeId: string;
  @ApiProperty({ example: 'Prof. Li Wei' }) judgeName: string;
  @ApiProperty({ enum: ['active', 'replaced', 'withdrawn'], example: 'active' }) assignmentState: string;
}

export const SHOWN_ENTRY_EXAMPLE = {
  formKey: 'best-centre-2027',
  formVersion: 1,
  state: 'submitted',
  sections: [
    {
      key: 'case',
      title: { en: 'Your case', zh: '参评案例' },
      description: null,
      fields: [
        {
          key: 'channels',
          type: 'multiple-choice',
          label: { en: 'Channels', zh: '渠道' },
          help: null,
          required: true,
          answer: ['phone', 'chat'],
          text: { en: 'Phone; Chat', zh: '电话；在线聊天' },
          options: [
            { value: 'phone', label: { en: 'Phone', zh: '电话' } },
            { value: 'chat', label: { en: 'Chat', zh: '在线聊天' } },
          ],
          columns: null,
          documents: null,
        },
        {
          key: 'evidence',
          type: 'file',
          label: { en: 'Evidence', zh: '证明材料' },
          help: null,
          required: false,
          answer: [DOCUMENT_ID],
          text: { en: '年报.pdf', zh: '年报.pdf' },
          options: null,
          columns: null,
          documents: [
            {
              id: DOCUMENT_ID,
              fileName: '年报.pdf',
              mediaType: 'application/pdf',
              sizeBytes: 482133,
              sha256: SHA,
              scan: 'clean',
            },
          ],
        },
      ],
    },
  ],
};
