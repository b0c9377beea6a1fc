import { Injectable, Logger } from '@nestjs/common';
import { Transactions } from '@app/database';

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
 * at once (brin_summarize_new_values reads each new page once: about a second after two million rows).
 */
@Injectable()
export class StoredResponsesStatistics {
  private readonly logger = new Logger(StoredResponsesStatistics.name);

  constructor(private readonly transactions: Transactions) {}

  async refresh(): Promise<void> {
    await this.transactions.manager.query(`ANALYZE survey_responses`);
  }

  /**
   * Summarises the batch index's new page ranges (a range filled later keeps its summary up to date). Only
   * ever a saving: should the database refuse it (a role that does not own the table), reads stay as they were.
   */
  async summarizeBatchIndex(): Promise<void> {
    try {
      await this.transactions.manager.query(`SELECT brin_summarize_new_values('survey_responses_batch_idx')`);
    } catch (error) {
      this.logger.warn(`The batch index was not summarised: ${String(error)}`);
    }
  }
}
