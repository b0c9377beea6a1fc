import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient, QueryConfig, QueryResultRow } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BINARY_COPY_HEADER, BINARY_COPY_TRAILER, BINARY_RESPONSE_COLUMNS } from './response-tuples';

const COPY_RESPONSES = `COPY survey_responses (${BINARY_RESPONSE_COLUMNS.join(', ')}) FROM STDIN (FORMAT binary)`;

/** Whether what the transaction's query runner connected is pg's own client, which COPY needs. */
export function isPoolClient(connection: unknown): connection is PoolClient {
  return (
    typeof connection === 'object' &&
    connection !== null &&
    'query' in connection &&
    typeof connection.query === 'function'
  );
}

/**
 * An import's connection, inside its transaction, one statement at a time. The import hands statements over
 * before earlier ones are done (ImportStorage.write); each runs once every statement handed over before it has
 * finished, in that order. pg 8 would queue them itself, but deprecates that and pg 9 refuses it. After a
 * failure the transaction is aborted: the statements still to run fail with the same error unsent, rather than
 * reach a connection pg may not have made ready again (it rejects a statement on PostgreSQL's error, before
 * the error's end).
 */
export class ImportConnection {
  /** The last statement handed over, settled or not. */
  private last: Promise<unknown> = Promise.resolve();
  /** The first statement's failure. */
  private broken: { error: unknown } | null = null;

  constructor(private readonly client: PoolClient) {}

  query<R extends QueryResultRow = QueryResultRow>(
    statement: QueryConfig | string,
    values?: unknown[],
  ): Promise<R[]> {
    return this.inTurn(async () => (await this.client.query<R>(statement, values)).rows);
  }

  /** One binary COPY of tuples that lie back to back; a unique violation here is a bug and fails the import. */
  copyResponses(tuples: Buffer): Promise<void> {
    return this.inTurn(() =>
      pipeline(
        Readable.from([BINARY_COPY_HEADER, tuples, BINARY_COPY_TRAILER]),
        this.client.query(copyFrom(COPY_RESPONSES)),
      ),
    );
  }

  private inTurn<T>(statement: () => Promise<T>): Promise<T> {
    const result = this.last.then(() => {
      if (this.broken) throw this.broken.error;
      return statement();
    });
    this.last = result.catch((error: unknown) => {
      this.broken ??= { error };
    });
    return result;
  }
}
