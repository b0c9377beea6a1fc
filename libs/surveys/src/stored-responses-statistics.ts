import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';

/**
 * Keeps the planner's view of survey_responses up to date after a large import. Its statistics still
 * describe the table before the import: a new campaign's id is not among them, so `campaign_id = $1` looks
 * selective, and reading the claimed batches can go through the primary key in random order, once per
 * statement, over every row of the campaign. The batch index (BRIN) is not summarised for the new pages
 * either, so it cannot narrow a read to the claimed batches. ANALYZE samples the table anew (about 30,000
 * rows, whatever its size) and brin_summarize_new_values summarises only the pages added since.
 */
@Injectable()
export class StoredResponsesStatistics {
  constructor(private readonly transactions: Transactions) {}

  async refresh(): Promise<void> {
    await this.transactions.manager.query(`SELECT brin_summarize_new_values('survey_responses_batch_idx')`);
    await this.transactions.manager.query(`ANALYZE survey_responses`);
  }
}
