import { Injectable, Logger } from '@nestjs/common';
import { Transactions } from '@app/database';

const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * Keeps the planner's view of survey_responses up to date after a large import. Its statistics still
 * describe the table before the import: a new campaign's id is not among them, so `campaign_id = $1` looks
 * selective, and reading the claimed batches can go through the primary key in random order, once per
 * statement, over every row of the campaign. ANALYZE samples the table anew (about 30,000 rows, whatever its
 * size: about half a second after a million-row import).
 *
 * The batch index (BRIN) finds a batch's rows only in the page ranges it has summarised; every other range is
 * read whole, and VACUUM is what summarises new ranges (with autovacuum, after enough inserts). Until then each
 * read of a few batches visits every page written since, whichever campaign's: summarizeBatchIndex does it
 * at once (brin_summarize_new_values reads each new page once: 0.6-1 s after two million rows).
 */
@Injectable()
export class StoredResponsesStatistics {
  private readonly logger = new Logger(StoredResponsesStatistics.name);
  /** The database refused to summarise for lack of privilege, which does not change while the process runs. */
  private refused = false;

  constructor(private readonly transactions: Transactions) {}

  async refresh(): Promise<void> {
    await this.transactions.manager.query(`ANALYZE survey_responses`);
  }

  /**
   * Summarises the batch index's new full page ranges (a summarised range keeps its summary up to date as rows
   * arrive; the range still filling is left for later). Only ever a saving, so it never fails its caller: in a
   * transaction of its own, which gives the lock back at once (the one VACUUM and ANALYZE take) and waits at most
   * two seconds for it; a role that does not own the table is told once and not asked again.
   */
  async summarizeBatchIndex(): Promise<void> {
    // Inside the caller's transaction a refusal would abort it: a bug in the caller, not a reason to skip.
    if (this.transactions.inTransaction)
      throw new Error('The batch index is summarised outside a transaction');
    if (this.refused) return;
    try {
      await this.transactions.run(async () => {
        await this.transactions.manager.query(`SET LOCAL lock_timeout = '2s'`);
        await this.transactions.manager.query(
          `SELECT brin_summarize_new_values('survey_responses_batch_idx')`,
        );
      });
    } catch (error) {
      // TypeORM copies pg's SQLSTATE onto the error it throws, as enterprises.errors.ts reads it.
      this.refused = (error as { code?: unknown }).code === INSUFFICIENT_PRIVILEGE;
      this.logger.warn(`The batch index was not summarised: ${String(error)}`);
    }
  }
}
