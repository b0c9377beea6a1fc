import { Injectable } from '@nestjs/common';
import { EntryFilesService } from '@app/entries';

/** The file names of the documents of these candidacies' entries, by id, for the export's file columns. */
@Injectable()
export class EntryDocumentNames {
  constructor(private readonly files: EntryFilesService) {}

  /** One query for all of them, whatever the number of rows. */
  of(candidacyIds: string[]): Promise<Map<string, string>> {
    return this.files.fileNames(candidacyIds);
  }
}
