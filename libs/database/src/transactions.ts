import { AsyncLocalStorage } from 'node:async_hooks';
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
  /** The callbacks waiting for the outermost transaction in progress to commit. */
  private readonly commitHooks = new AsyncLocalStorage<(() => void)[]>();

  constructor(private readonly host: TransactionHost<TransactionalAdapterTypeOrm>) {}

  get manager(): EntityManager {
    return this.host.tx;
  }

  /** Runs `work` in a transaction, or inside the one already in progress (nested calls join it). */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return this.host.withTransaction(work);
    return this.outermost(() => this.host.withTransaction(work));
  }

  /**
   * Calls `hook` once the transaction in progress commits (never if it rolls back), or at once outside one.
   * For what must not happen before the data is visible to others, such as a job that will read it. The hook
   * must not throw: the commit is done, and nobody is left to answer.
   */
  afterCommit(hook: () => void): void {
    const hooks = this.commitHooks.getStore();
    if (hooks && this.inTransaction) hooks.push(hook);
    else hook();
  }

  private async outermost<T>(transaction: () => Promise<T>): Promise<T> {
    const hooks: (() => void)[] = [];
    const result = await this.commitHooks.run(hooks, transaction);
    for (const hook of hooks) hook();
    return result;
  }

  /**
   * Runs `work` in a transaction of its own at REPEATABLE READ: every read in it sees the database as of its
   * first statement, so figures computed from several reads belong together. Refused inside another run,
   * whose isolation it could not change.
   */
  runRepeatableRead<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction) throw new Error('A repeatable-read transaction cannot join one in progress');
    return this.outermost(() => this.host.withTransaction({ isolationLevel: 'REPEATABLE READ' }, work));
  }

  get inTransaction(): boolean {
    return this.host.isTransactionActive();
  }
}
