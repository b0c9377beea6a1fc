import { ApiProperty } from '@nestjs/swagger';
import type { DocumentLink } from '@app/documents';
import type { EntryDocument, EntryFieldFiles } from '@app/entries';
import { EXAMPLE_DOCUMENT, EXAMPLE_LINK } from './entry-examples';

/** A file of a file field: what it is, as sniffed and hashed at upload. */
export class EntryDocumentDto {
  @ApiProperty({ example: EXAMPLE_DOCUMENT.id }) id: string;
  @ApiProperty({ example: EXAMPLE_DOCUMENT.fileName, description: 'the uploader’s name, without any path' })
  fileName: string;
  @ApiProperty({
    example: EXAMPLE_DOCUMENT.mediaType,
    description: 'sniffed from the bytes, never as declared',
  })
  mediaType: string;
  @ApiProperty({ example: EXAMPLE_DOCUMENT.sizeBytes }) sizeBytes: number;
  @ApiProperty({ example: EXAMPLE_DOCUMENT.sha256, description: 'hex SHA-256 of the stored bytes' })
  sha256: string;
  @ApiProperty({
    enum: ['clean', 'unscanned'],
    example: EXAMPLE_DOCUMENT.scan,
    description: 'clean: clamd found nothing; unscanned: no scanner is configured',
  })
  scan: EntryDocument['scan'];
  @ApiProperty({ example: EXAMPLE_DOCUMENT.uploadedAt }) uploadedAt: string;

  static from(d: EntryDocument): EntryDocumentDto {
    return { ...d, uploadedAt: d.uploadedAt.toISOString() };
  }
}

export class EntryFieldFilesDto {
  @ApiProperty({ example: 'evidence' }) fieldKey: string;
  @ApiProperty({
    type: [EntryDocumentDto],
    example: [EXAMPLE_DOCUMENT],
    description: 'the field’s answer now: its documents, in the order they were added',
  })
  value: EntryDocumentDto[];
  @ApiProperty({ example: 8, description: 'the entry’s revision after the change' }) revision: number;

  static from(f: EntryFieldFiles): EntryFieldFilesDto {
    return { ...f, value: f.value.map((d) => EntryDocumentDto.from(d)) };
  }
}

export class EntryFileUploadedDto extends EntryFieldFilesDto {
  @ApiProperty({ type: EntryDocumentDto, example: EXAMPLE_DOCUMENT, description: 'the file just stored' })
  document: EntryDocumentDto;

  static fromUpload(u: EntryFieldFiles & { document: EntryDocument }): EntryFileUploadedDto {
    return { ...EntryFieldFilesDto.from(u), document: EntryDocumentDto.from(u.document) };
  }
}

export class EntryDocumentLinkDto {
  @ApiProperty({
    example: EXAMPLE_LINK.url,
    description: 'open it as it is: it works for you alone, until `expiresAt`',
  })
  url: string;
  @ApiProperty({ example: EXAMPLE_LINK.expiresAt }) expiresAt: string;
  @ApiProperty({ example: true, description: 'PDFs and images open in the browser; anything else downloads' })
  inline: boolean;

  static from(link: DocumentLink): EntryDocumentLinkDto {
    return { ...link, expiresAt: link.expiresAt.toISOString() };
  }
}
