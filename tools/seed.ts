/** `npm run seed`: loads industries, organisation and business types and the CCCS-OP 2003 rubric. Idempotent. */
import { exitOnFailure } from '@app/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { seedReferenceData } from './reference-data-seed';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/care_awards';

async function main(): Promise<void> {
  const connection = await new DataSource({ ...dataSourceOptions(url, 2), entities: [] }).initialize();
  try {
    process.stdout.write(`${JSON.stringify(await seedReferenceData(connection))}\n`);
  } finally {
    await connection.destroy();
  }
}

main().catch((error: unknown) => exitOnFailure(error));
