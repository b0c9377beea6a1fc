import type { Logger } from '@nestjs/common';
import type { SurveyImportsRepository } from './survey-imports.repository';

const EVERY_MS = 500;
const EVERY_ROWS = 1000;

/**
 * An import's progress (bytes and rows received), saved on the pool while its rows are stored in a transaction
 * on a connection of their own, so that clients polling the import see it move before the commit. The import
 * never waits for a save while it holds its connection: when every pooled connection is held, a save waits for
 * a free one, and an import waiting for its save would never free its own. One save at a time: while one waits,
 * only the latest figures are kept for the next. Each save is a no-op once the import has left 'receiving'.
 */
export class ImportProgress {
  private saving: Promise<void> | null = null;
  private next: { bytes: number; rows: number } | null = null;
  private savedAt = Date.now();
  private closed = false;

  constructor(
    private readonly imports: SurveyImportsRepository,
    private readonly importId: string,
    private readonly logger: Logger,
  ) {}

  /** After each received row: saves every EVERY_ROWS rows, at most once every EVERY_MS. */
  received(rows: number, bytes: () => number): void {
    if (rows % EVERY_ROWS !== 0 || Date.now() - this.savedAt < EVERY_MS) return;
    this.savedAt = Date.now();
    this.next = { bytes: bytes(), rows };
    if (!this.saving) this.saving = this.saveNext();
  }

  /**
   * Once the import's transaction has ended: the save under way, finished (failures are logged, never thrown);
   * figures not sent yet are dropped, since the import's record now says more than they would.
   */
  async settled(): Promise<void> {
    this.closed = true;
    this.next = null;
    await this.saving;
  }

  private async saveNext(): Promise<void> {
    while (this.next && !this.closed) {
      const { bytes, rows } = this.next;
      this.next = null;
      try {
        await this.imports.reportProgress(this.importId, bytes, rows);
      } catch (error) {
        this.logger.warn(`Progress of import ${this.importId} not saved: ${String(error)}`);
      }
    }
    this.saving = null;
  }
}
