import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';

export interface ReferenceEntry {
  code: string;
  name: string;
  nameZh: string;
}

export type ReferenceKind = 'industries' | 'organizationTypes' | 'businessTypes';

const TABLES: Record<ReferenceKind, string> = {
  industries: 'industries',
  organizationTypes: 'organization_types',
  businessTypes: 'business_types',
};

@Injectable()
export class ReferenceDataRepository {
  constructor(private readonly transactions: Transactions) {}

  /** In the published order (position, then code). */
  entries(kind: ReferenceKind): Promise<ReferenceEntry[]> {
    return this.transactions.manager.query(
      `SELECT code, name, name_zh AS "nameZh" FROM ${TABLES[kind]} ORDER BY position, code`,
    );
  }

  /** The codes among `codes` that exist, in the published order. */
  async knownCodes(kind: ReferenceKind, codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: { code: string }[] = await this.transactions.manager.query(
      `SELECT code FROM ${TABLES[kind]} WHERE code = ANY($1::varchar[]) ORDER BY position, code`,
      [codes],
    );
    return rows.map((r) => r.code);
  }
}
