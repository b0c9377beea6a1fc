import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';

/**
 * Keeps the planner's view of survey_responses up to date after a large import. Its statistics still
 * describe the table before the import: a new campaign's id is not among them, so `campaign_id = $1` looks
 * selective, and reading the claimed batches can go through the primary key in random order, once per
 * statement, over every row of the campaign. ANALYZE samples the table anew (about 30,000 rows, whatever its
 * size: about half a second after a million-row import).
 *
 * The batch index (BRIN) is left to VACUUM to summarise: brin_summarize_new_values reads every new page
 * (a second after two million rows), more than its narrower reads then save the aggregation, which reads
 * most of those pages anyway.
 */
@Injectable()
export class StoredResponsesStatistics {
  constructor(private readonly transactions: Transactions) {}

  async refresh(): Promise<void> {
    await this.transactions.manager.query(`ANALYZE survey_responses`);
  }
}
