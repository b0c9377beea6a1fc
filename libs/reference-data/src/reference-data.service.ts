import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';

export interface ReferenceEntry {
  code: string;
  name: string;
  nameZh: string;
}

export interface ReferenceData {
  industries: ReferenceEntry[];
  organizationTypes: ReferenceEntry[];
  businessTypes: ReferenceEntry[];
}

export type ReferenceKind = 'industries' | 'organizationTypes' | 'businessTypes';

const TABLES: Record<ReferenceKind, string> = {
  industries: 'industries',
  organizationTypes: 'organization_types',
  businessTypes: 'business_types',
};

/** The seeded codes clients choose from when they describe an enterprise or a campaign's scope. */
@Injectable()
export class ReferenceDataService {
  constructor(private readonly transactions: Transactions) {}

  async all(): Promise<ReferenceData> {
    const [industries, organizationTypes, businessTypes] = await Promise.all([
      this.entries('industries'),
      this.entries('organizationTypes'),
      this.entries('businessTypes'),
    ]);
    return { industries, organizationTypes, businessTypes };
  }

  /** In the published order (position, then code). */
  entries(kind: ReferenceKind): Promise<ReferenceEntry[]> {
    return this.transactions.manager.query(
      `SELECT code, name, name_zh AS "nameZh" FROM ${TABLES[kind]} ORDER BY position, code`,
    );
  }

  /** Codes among `codes` that the reference list does not have, in the order given. */
  async unknownCodes(kind: ReferenceKind, codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: { code: string }[] = await this.transactions.manager.query(
      `SELECT code FROM ${TABLES[kind]} WHERE code = ANY($1::varchar[])`,
      [codes],
    );
    const known = new Set(rows.map((r) => r.code));
    return codes.filter((c) => !known.has(c));
  }

  /** The known industries among `codes`, in the published industry order. */
  async inIndustryOrder(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: { code: string }[] = await this.transactions.manager.query(
      `SELECT code FROM industries WHERE code = ANY($1::varchar[]) ORDER BY position`,
      [codes],
    );
    return rows.map((r) => r.code);
  }

  /** English and Chinese names by industry code. */
  async industryNames(): Promise<Map<string, { name: string; nameZh: string }>> {
    const entries = await this.entries('industries');
    return new Map(entries.map((e) => [e.code, { name: e.name, nameZh: e.nameZh }]));
  }
}
