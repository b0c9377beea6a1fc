import type { Logger } from '@nestjs/common';
import type { SurveyImportsRepository } from './survey-imports.repository';

const EVERY_MS = 500;
const EVERY_ROWS = 1000;

/**
 * An import's progress (bytes and rows received), saved on the pool while its rows are stored in a transaction
 * on a connection of their own, so that clients polling the import see it move before the commit. The import
 * never waits for a save while it holds its connection: when every pooled connection is held (imports waiting
 * for their campaign's lock hold one each), a save waits for a free one, and an import waiting for its save
 * would never free its own. Saves are chained, one at a time; each is a no-op once the import has left
 * 'receiving'. `settled` is awaited once the transaction has ended.
 */
export class ImportProgress {
  private saving: Promise<void> = Promise.resolve();
  private savedAt = Date.now();

  constructor(
    private readonly imports: SurveyImportsRepository,
    private readonly importId: string,
    private readonly logger: Logger,
  ) {}

  /** After each received row: saves every EVERY_ROWS rows, at most once every EVERY_MS. */
  received(rows: number, bytes: () => number): void {
    if (rows % EVERY_ROWS !== 0 || Date.now() - this.savedAt < EVERY_MS) return;
    this.savedAt = Date.now();
    const b = bytes();
    this.saving = this.saving
      .then(() => this.imports.reportProgress(this.importId, b, rows))
      .catch((error: unknown) =>
        this.logger.warn(`Progress of import ${this.importId} not saved: ${String(error)}`),
      );
  }

  /** Every save handed over so far, finished (failures are logged, never thrown). */
  settled(): Promise<void> {
    return this.saving;
  }
}
