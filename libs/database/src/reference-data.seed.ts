import { DataSource } from 'typeorm';
import industriesFile from '../../../seed/industries.json';
import { sha256OfCanonicalJson } from './canonical-json';
import { CCCS_RUBRIC } from './cccs-rubric';

interface Named {
  code: string;
  name: string;
  nameZh: string;
}

export interface SeedReport {
  industries: number;
  organizationTypes: number;
  businessTypes: number;
  rubricVersionsAdded: number;
}

/**
 * Loads the reference data from `seed/` (copied from the domain pack). Idempotent: names are refreshed,
 * codes never change, and a rubric version is only added when its content differs from every stored one.
 */
export async function seedReferenceData(dataSource: DataSource): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => {
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
    const industries = await upsert('industries', industriesFile.industries);
    const organizationTypes = await upsert('organization_types', industriesFile.organizationTypes);
    const businessTypes = await upsert('business_types', industriesFile.businessTypes);

    const checksum = sha256OfCanonicalJson(CCCS_RUBRIC.definition);
    await manager.query(
      `INSERT INTO rubrics (key, name, name_zh) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING`,
      [CCCS_RUBRIC.key, CCCS_RUBRIC.name, CCCS_RUBRIC.nameZh],
    );
    const added: unknown[] = await manager.query(
      `INSERT INTO rubric_versions (rubric_id, version, definition, checksum)
       SELECT r.id, COALESCE((SELECT max(version) FROM rubric_versions v WHERE v.rubric_id = r.id), 0) + 1, $2::jsonb, $3
         FROM rubrics r
        WHERE r.key = $1
          AND NOT EXISTS (SELECT 1 FROM rubric_versions v WHERE v.rubric_id = r.id AND v.checksum = $3)
       RETURNING id`,
      [CCCS_RUBRIC.key, JSON.stringify(CCCS_RUBRIC.definition), checksum],
    );
    return { industries, organizationTypes, businessTypes, rubricVersionsAdded: added.length };
  });
}
