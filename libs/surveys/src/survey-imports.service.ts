import { Injectable } from '@nestjs/common';
import { Page, PageRequest } from '@app/common';
import {
  ImportRejection,
  IngestionTotals,
  SurveyImport,
  SurveyImportsRepository,
} from './survey-imports.repository';
import { SurveyErrors } from './surveys.errors';

/** A live import reports progress every half second; this long without any means its API process died. */
const ABANDONED_IMPORT_MINUTES = 10;

/** The first rejections are returned with the import; all of them can be downloaded as CSV. */
export const REJECTIONS_SHOWN = 1000;

/** Who is reading: an organizer sees every import of a campaign, a partner key only its own. */
export interface ImportReader {
  campaignId: string;
  partnerKeyId: string | null;
}

@Injectable()
export class SurveyImportsService {
  constructor(private readonly imports: SurveyImportsRepository) {}

  async get(
    importId: string,
    reader: ImportReader,
  ): Promise<{ import: SurveyImport; rejections: ImportRejection[] }> {
    const found = await this.visible(importId, reader);
    const rejections = await this.imports.rejections(importId, REJECTIONS_SHOWN);
    return {
      import: found,
      rejections: rejections.map(({ line, field, reason }) => ({ line, field, reason })),
    };
  }

  list(reader: ImportReader, page: PageRequest): Promise<Page<SurveyImport>> {
    return this.imports.list(reader.campaignId, reader.partnerKeyId, page);
  }

  /** Every rejection, page by page, so a download of millions never sits in memory. */
  async *allRejections(importId: string, reader: ImportReader): AsyncGenerator<ImportRejection> {
    await this.visible(importId, reader);
    let after = 0;
    for (;;) {
      const page = await this.imports.rejections(importId, 5000, after);
      for (const r of page) yield { line: r.line, field: r.field, reason: r.reason };
      if (page.length < 5000) return;
      after = page[page.length - 1].seq;
    }
  }

  /** Not found unless the reader may see this import (the CSV download checks before it starts streaming). */
  async visible(importId: string, reader: ImportReader): Promise<SurveyImport> {
    const found = await this.imports.findById(importId);
    if (!found || found.campaignId !== reader.campaignId) throw SurveyErrors.importNotFound(importId);
    if (reader.partnerKeyId && found.partnerKeyId !== reader.partnerKeyId)
      throw SurveyErrors.importNotFound(importId);
    return found;
  }

  /** What the campaign's stored imports received, accepted, turned away as duplicates and rejected. */
  ingestionTotals(campaignId: string): Promise<IngestionTotals> {
    return this.imports.ingestionTotals(campaignId);
  }

  /** The same over every campaign, for the platform's metrics. */
  ingestionTotalsOfAllCampaigns(): Promise<IngestionTotals> {
    return this.imports.ingestionTotals(null);
  }

  /**
   * Marks failed the imports still receiving with no progress for ten minutes: their API process died with
   * the transaction, so nothing of them was stored, and their clients learn to resend.
   */
  failAbandoned(): Promise<number> {
    return this.imports.failAbandoned(ABANDONED_IMPORT_MINUTES);
  }

  /** Whether some stored import has every batch aggregated but is not yet marked so. */
  hasFullyAggregated(campaignId: string): Promise<boolean> {
    return this.imports.hasFullyAggregated(campaignId);
  }

  /** Marks aggregated the campaign's stored imports none of whose batches still waits. */
  markAggregated(campaignId: string): Promise<number> {
    return this.imports.markAggregated(campaignId);
  }
}
