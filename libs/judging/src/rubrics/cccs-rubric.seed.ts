import type { EntityManager } from 'typeorm';
import { sha256OfCanonicalJson } from '@app/database';
import { CCCS_RUBRIC } from './cccs-rubric';

/**
 * Stores the CCCS-OP 2003 rubric. Idempotent: a version is only added when its content differs from every
 * stored one. Returns how many versions it added (0 or 1). Runs in the caller's transaction.
 */
export async function seedCccsRubric(manager: EntityManager): Promise<number> {
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
  return added.length;
}
