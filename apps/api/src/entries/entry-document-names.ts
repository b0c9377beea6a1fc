import { Injectable } from '@nestjs/common';

/**
 * The file names of stored documents, by id, for the export's file columns. The documents lib owns those
 * names; until its service is wired in here, no name is known and the export names each file by its id.
 */
@Injectable()
export class EntryDocumentNames {
  of(_ids: string[]): Promise<Map<string, string>> {
    return Promise.resolve(new Map<string, string>());
  }
}
