import type { DataSource } from 'typeorm';
import { seedCccsRubric } from '@app/judging';
import { ReferenceCodesReport, seedReferenceCodes } from '@app/reference-data';

export interface SeedReport extends ReferenceCodesReport {
  rubricVersionsAdded: number;
}

/** The reference codes and the CCCS rubric, each seeded by the lib that owns its tables, in one transaction. */
export function seedReferenceData(dataSource: DataSource): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => ({
    ...(await seedReferenceCodes(manager)),
    rubricVersionsAdded: await seedCccsRubric(manager),
  }));
}
