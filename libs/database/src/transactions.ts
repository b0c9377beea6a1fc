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

  get inTransaction(): boolean {
    return this.host.isTransactionActive();
  }
}
