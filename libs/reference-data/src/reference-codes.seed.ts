import type { EntityManager } from 'typeorm';
import industriesFile from '../../../seed/industries.json';

interface Named {
  code: string;
  name: string;
  nameZh: string;
}

export interface ReferenceCodesReport {
  industries: number;
  organizationTypes: number;
  businessTypes: number;
}

/**
 * Loads the codes from `seed/industries.json` (copied from the domain pack). Idempotent: names are refreshed,
 * codes never change. Runs in the caller's transaction so a full seed commits as one.
 */
export async function seedReferenceCodes(manager: EntityManager): Promise<ReferenceCodesReport> {
  const upsert = async (table: string, rows: Named[]) => {
    for (const [position, row] of rows.entries()) {
      await manager.query(
        `INSERT INTO ${table} (code, name, name_zh, position) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, name_zh = EXCLUDED.name_zh, position = EXCLUDED.position`,
        [row.code, row.name, row.nameZh, position],
      );
    }
    return rows.length;
  };
  return {
    industries: await upsert('industries', industriesFile.industries),
    organizationTypes: await upsert('organization_types', industriesFile.organizationTypes),
    businessTypes: await upsert('business_types', industriesFile.businessTypes),
  };
}
