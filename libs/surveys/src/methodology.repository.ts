import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { InstrumentItem, MethodologyDefinition, MethodologyParameters } from './methodology';

export interface StoredMethodologyVersion extends MethodologyDefinition {
  createdAt: Date;
}

export interface CampaignInstrumentRow {
  items: InstrumentItem[];
  updatedAt: Date;
}

interface VersionRow {
  version: string;
  description: string;
  items: InstrumentItem[];
  parameters: MethodologyParameters;
  created_at: Date;
}

const toVersion = (r: VersionRow): StoredMethodologyVersion => ({
  version: r.version,
  description: r.description,
  items: r.items,
  parameters: r.parameters,
  createdAt: r.created_at,
});

/** Methodology versions (immutable rows) and campaigns' own instruments. */
@Injectable()
export class MethodologyRepository {
  constructor(private readonly transactions: Transactions) {}

  async listVersions(): Promise<StoredMethodologyVersion[]> {
    const rows: VersionRow[] = await this.transactions.manager.query(
      `SELECT * FROM methodology_versions ORDER BY created_at, version`,
    );
    return rows.map(toVersion);
  }

  async findVersion(version: string): Promise<StoredMethodologyVersion | null> {
    const rows: VersionRow[] = await this.transactions.manager.query(
      `SELECT * FROM methodology_versions WHERE version = $1`,
      [version],
    );
    return rows[0] ? toVersion(rows[0]) : null;
  }

  /** False when the version exists already (the primary key decides, so racing creators cannot both win). */
  async insertVersion(v: MethodologyDefinition, createdBy: string | null): Promise<boolean> {
    const rows: unknown[] = await this.transactions.manager.query(
      `INSERT INTO methodology_versions (version, description, items, parameters, created_by)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (version) DO NOTHING RETURNING version`,
      [v.version, v.description, JSON.stringify(v.items), JSON.stringify(v.parameters), createdBy],
    );
    return rows.length === 1;
  }

  async findCampaignInstrument(campaignId: string): Promise<CampaignInstrumentRow | null> {
    const rows: { items: InstrumentItem[]; updated_at: Date }[] = await this.transactions.manager.query(
      `SELECT items, updated_at FROM campaign_instruments WHERE campaign_id = $1`,
      [campaignId],
    );
    return rows[0] ? { items: rows[0].items, updatedAt: rows[0].updated_at } : null;
  }

  async saveCampaignInstrument(
    campaignId: string,
    items: InstrumentItem[],
    userId: string | null,
  ): Promise<void> {
    await this.transactions.manager.query(
      `INSERT INTO campaign_instruments (campaign_id, items, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (campaign_id) DO UPDATE SET items = EXCLUDED.items, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [campaignId, JSON.stringify(items), userId],
    );
  }

  async deleteCampaignInstrument(campaignId: string): Promise<boolean> {
    const result: [unknown[], number] = await this.transactions.manager.query(
      `DELETE FROM campaign_instruments WHERE campaign_id = $1`,
      [campaignId],
    );
    return result[1] > 0;
  }
}
