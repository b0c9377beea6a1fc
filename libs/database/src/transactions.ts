import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { EntityManager } from 'typeorm';

/**
 * The ambient transaction. Code that must commit or fail as one runs inside `run`; every repository
 * reads `manager`, which is the transaction's entity manager inside `run` and the pool's outside it.
 * This replaces an optional `manager` parameter threaded through every call, which was easy to forget
 * one level down (the statement then ran outside the transaction, silently).
 */
@Injectable()
export class Transactions {
  constructor(private readonly host: TransactionHost<TransactionalAdapterTypeOrm>) {}

  get manager(): EntityManager {
    return this.host.tx;
  }

  /** Runs `work` in a transaction, or inside the one already in progress (nested calls join it). */
  run<T>(work: () => Promise<T>): Promise<T> {
    return this.host.withTransaction(work);
  }

  /**
   * Runs `work` in a transaction of its own at REPEATABLE READ: every read in it sees the database as of its
   * first statement, so figures computed from several reads belong together. Refused inside another run,
   * whose isolation it could not change.
   */
  runRepeatableRead<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction) throw new Error('A repeatable-read transaction cannot join one in progress');
    return this.host.withTransaction({ isolationLevel: 'REPEATABLE READ' }, work);
  }

  get inTransaction(): boolean {
    return this.host.isTransactionActive();
  }
}
