import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

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

/** The seeded codes clients choose from when they describe an enterprise or a campaign's scope. */
@Injectable()
export class ReferenceDataService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async all(): Promise<ReferenceData> {
    const read = (table: string): Promise<ReferenceEntry[]> =>
      this.dataSource.query(`SELECT code, name, name_zh AS "nameZh" FROM ${table} ORDER BY position, code`);
    const [industries, organizationTypes, businessTypes] = await Promise.all([
      read('industries'),
      read('organization_types'),
      read('business_types'),
    ]);
    return { industries, organizationTypes, businessTypes };
  }
}
