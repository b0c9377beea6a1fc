import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import type { Readable } from 'node:stream';
import { Actor, DomainError } from '@app/common';
import { databaseConfig, rankingsConfig } from '@app/config';
import { Transactions } from '@app/database';
import { AuditLogService } from '@app/identity';
import { detached } from './detached-text';
import { ImportProgress } from './import-progress';
import { ImportStorage, StagedChunk } from './import-storage';
import { ImportTurns } from './import-turns';
import { KnownRespondents } from './known-respondents';
import { MethodologyService } from './methodology.service';
import { ResponseArrivals } from './response-arrivals';
import { buildItemIndex, checkResponse, fieldsFromJson, RowContext } from './response-row';
import { csvRows, jsonChunkRows, jsonRows, ndjsonRows, SourceRuns } from './response-sources';
import { BinaryTupleWriter } from './response-tuples';
import { SurveyEntrantsService } from './survey-entrants.service';
import {
  ImportFormat,
  ImportSubmitter,
  SurveyImport,
  SurveyImportsRepository,
} from './survey-imports.repository';
import { SurveyErrors } from './surveys.errors';

export const MAX_BATCH_ROWS = 10_000;
/** Partners' clocks drift; a submission up to this far ahead of ours is not "in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * Chunk writes under way at once: PostgreSQL storing one, the next waiting on the connection, and one whose
 * fresh rows are stored but whose turn checks the suspects waiting (PendingSuspects): its COPY of those not
 * stored is sent once their check has come back, behind the next chunk's COPY (ImportStorage.write). With two,
 * such a chunk held the import back as if only one chunk could be ahead of the database.
 */
const MAX_CHUNKS_WRITING = 3;

/** A chunk, in the buffer of one already written when there is one: four buffers serve a whole import. */
const newChunk = (spare: BinaryTupleWriter | null = null): StagedChunk => {
  spare?.reset();
  return { tuples: spare ?? new BinaryTupleWriter(), accepted: [], rejected: [] };
};

export interface Submission extends ImportSubmitter {
  actor: Actor;
}

@Injectable()
export class IngestionService {
  private readonly logger = new Logger(IngestionService.name);
  /** Kept from one import to the next, so a run of imports into one campaign rarely asks the database. */
  private readonly knownRespondents = new KnownRespondents();
  /** Two pooled connections stay free for everything else however many imports arrive at once. */
  private readonly turns: ImportTurns;

  constructor(
    private readonly transactions: Transactions,
    private readonly arrivals: ResponseArrivals,
    private readonly methodology: MethodologyService,
    private readonly entrants: SurveyEntrantsService,
    private readonly imports: SurveyImportsRepository,
    private readonly auditLog: AuditLogService,
    @Inject(rankingsConfig.KEY) private readonly config: ConfigType<typeof rankingsConfig>,
    @Inject(databaseConfig.KEY) database: ConfigType<typeof databaseConfig>,
  ) {
    this.turns = new ImportTurns(database.poolSize - 2);
  }

  /** One response: a bad one is a 400 naming each field, and nothing is stored. */
  async single(campaignId: string, body: unknown, by: Submission): Promise<SurveyImport> {
    const ctx = await this.context(campaignId);
    const fields = fieldsFromJson(body, ctx);
    if (Array.isArray(fields)) throw SurveyErrors.invalid(fields);
    const checked = checkResponse(fields, ctx);
    if (!checked.ok) throw SurveyErrors.invalid(checked.problems);
    return this.run(campaignId, 'single', null, by, jsonRows([body], ctx), ctx);
  }

  async batch(campaignId: string, bodies: unknown[], by: Submission): Promise<SurveyImport> {
    const ctx = await this.context(campaignId);
    const chunkRows = jsonChunkRows(bodies.length, this.config.importBatchRows);
    return this.run(campaignId, 'batch', null, by, jsonRows(bodies, ctx), ctx, chunkRows);
  }

  async stream(
    campaignId: string,
    format: 'csv' | 'ndjson',
    body: Readable,
    bytesExpected: number | null,
    by: Submission,
  ): Promise<SurveyImport> {
    const ctx = await this.context(campaignId);
    let bytes = 0;
    const onBytes = (n: number) => (bytes += n);
    const rows = format === 'csv' ? csvRows(body, ctx, onBytes) : ndjsonRows(body, ctx, onBytes);
    // A file waiting for its turn whose client hangs up is not stored (ImportTurns).
    const gone = () => body.destroyed;
    return this.run(campaignId, format, bytesExpected, by, rows, ctx, undefined, () => bytes, gone);
  }

  /**
   * Both read side by side (a JSON batch reads them again for every batch), then judged in the order the reads
   * once ran one after the other: an unknown campaign first, then one not in survey, then the entrants' facts.
   * A refused request thus also reads the facts (the campaign's candidates and every enterprise's credit code):
   * only an authenticated caller of the campaign gets this far, and refusals are rare.
   */
  private async context(campaignId: string): Promise<RowContext> {
    const [methodology, entrants] = await Promise.allSettled([
      this.methodology.inForce(campaignId),
      this.entrants.ingestionFacts(campaignId),
    ]);
    if (methodology.status === 'rejected') throw methodology.reason;
    const m = methodology.value;
    if (m.campaignState !== 'survey') throw SurveyErrors.notReceiving(m.campaignState);
    if (entrants.status === 'rejected') throw entrants.reason;
    const facts = entrants.value;
    return {
      items: m.items,
      parameters: m.parameters,
      itemIndex: buildItemIndex(m.items),
      candidates: facts.candidates,
      enterpriseIdByCreditCode: facts.enterpriseIdByCreditCode,
      enterpriseIds: facts.enterpriseIds,
      windowOpens: facts.surveyOpensAt,
      windowCloses: facts.surveyClosesAt,
      latestSubmission: new Date(Date.now() + CLOCK_SKEW_MS),
    };
  }

  private async run(
    campaignId: string,
    format: ImportFormat,
    bytesExpected: number | null,
    by: Submission,
    rows: SourceRuns,
    ctx: RowContext,
    chunkRows: (chunk: number) => number = () => this.config.importBatchRows,
    bytesRead: () => number = () => 0,
    gone?: () => boolean,
  ): Promise<SurveyImport> {
    const importId = await this.imports.create(campaignId, format, by, bytesExpected);
    const progress = new ImportProgress(this.imports, importId, this.logger);
    try {
      const kind = format === 'csv' || format === 'ndjson' ? 'file' : 'rows';
      await this.turns.run(
        campaignId,
        kind,
        () =>
          this.transactions.run(() =>
            this.store(campaignId, importId, format, by, rows, ctx, chunkRows, bytesRead, progress),
          ),
        gone,
      );
    } catch (error) {
      await progress.settled();
      await this.imports.markFailed(
        importId,
        error instanceof DomainError ? error.message : 'the import was interrupted; nothing was stored',
      );
      throw error;
    }
    await progress.settled();
    await this.arrivals.arrived(campaignId);
    return (await this.imports.findById(importId)) as SurveyImport;
  }

  /**
   * Inside the import's transaction: reads, checks and stores the rows, then its record and audit entry, all
   * committing together. Progress is saved on the pool meanwhile, so clients see it before the commit.
   */
  private async store(
    campaignId: string,
    importId: string,
    format: ImportFormat,
    by: Submission,
    rows: SourceRuns,
    ctx: RowContext,
    chunkRows: (chunk: number) => number,
    bytesRead: () => number,
    progress: ImportProgress,
  ): Promise<void> {
    const storage = await ImportStorage.open(this.transactions, campaignId, importId, this.knownRespondents);
    // Chunks being written, oldest first (MAX_CHUNKS_WRITING), while one more is read and checked: at most four
    // chunks' tuples.
    const writing: Promise<void>[] = [];
    // The failure of the earliest chunk that failed, rethrown where the loop next waits for writes: it is the
    // cause (a connection cut during its COPY, say); the chunks queued behind it fail because it did.
    const failed: { error?: Error; chunk: number } = { chunk: Infinity };
    let chunks = 0;
    let received = 0;
    let chunk: StagedChunk = newChunk();
    // Tuple buffers of written chunks, reused rather than grown again.
    const spares: BinaryTupleWriter[] = [];
    const flush = async () => {
      if (writing.length >= MAX_CHUNKS_WRITING) await writing.shift();
      if (failed.error) throw failed.error;
      const full = chunk;
      const index = chunks++;
      chunk = newChunk(spares.pop() ?? null);
      writing.push(
        storage.write(full).then(
          () => {
            spares.push(full.tuples);
          },
          (error: unknown) => {
            if (index > failed.chunk) return;
            failed.chunk = index;
            failed.error = error instanceof Error ? error : new Error(String(error));
          },
        ),
      );
    };
    try {
      for await (const run of rows) {
        for (const row of run) {
          received++;
          if ('problems' in row) chunk.rejected.push(row);
          else {
            const checked = checkResponse(row.fields, ctx);
            if (checked.ok) {
              const r = checked.response;
              const [start, end] = chunk.tuples.append(campaignId, row.line, r);
              // Kept until the chunk is written: the key detached, the id the candidate's own, so that neither keeps
              // the file's text alive (detached-text.ts).
              chunk.accepted.push({
                enterpriseId: r.enterpriseId,
                respondentKey: detached(r.respondentKey),
                start,
                end,
              });
            } else chunk.rejected.push({ line: row.line, problems: checked.problems });
          }
          // Each chunk is one response batch, the unit the aggregation worker claims.
          if (chunk.accepted.length + chunk.rejected.length >= chunkRows(chunks)) await flush();
          progress.received(received, bytesRead);
        }
      }
      await flush();
      await Promise.all(writing);
      if (failed.error) throw failed.error;
      await storage.settle();
    } catch (error) {
      // The transaction rolls back on this connection: no write may still be using it.
      await Promise.all(writing);
      throw failed.error ?? error;
    }
    const counts = storage.counts();
    const report = {
      bytesReceived: bytesRead(),
      received,
      accepted: counts.inserted,
      duplicates: counts.staged - counts.inserted,
      rejected: counts.rejectedRows,
    };
    // Rolls every row back: the import was declared failed, and its client told to resend it.
    if (!(await this.imports.markStored(importId, report))) throw SurveyErrors.importAbandoned();
    await this.auditLog.record(by.actor, {
      action: 'survey-import.stored',
      entityType: 'survey-import',
      entityId: importId,
      after: { campaignId, format, partnerKeyId: by.partnerKeyId, ...report, batches: counts.batches },
    });
    await storage.finish();
  }
}
