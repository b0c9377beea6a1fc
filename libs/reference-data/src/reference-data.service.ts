import { Injectable } from '@nestjs/common';
import { ReferenceDataRepository, ReferenceEntry, ReferenceKind } from './reference-data.repository';

export interface ReferenceData {
  industries: ReferenceEntry[];
  organizationTypes: ReferenceEntry[];
  businessTypes: ReferenceEntry[];
}

/** The seeded codes clients choose from when they describe an enterprise or a campaign's scope. */
@Injectable()
export class ReferenceDataService {
  constructor(private readonly reference: ReferenceDataRepository) {}

  async all(): Promise<ReferenceData> {
    const [industries, organizationTypes, businessTypes] = await Promise.all([
      this.reference.entries('industries'),
      this.reference.entries('organizationTypes'),
      this.reference.entries('businessTypes'),
    ]);
    return { industries, organizationTypes, businessTypes };
  }

  /** In the published order (position, then code). */
  entries(kind: ReferenceKind): Promise<ReferenceEntry[]> {
    return this.reference.entries(kind);
  }

  /** Codes among `codes` that the reference list does not have, in the order given. */
  async unknownCodes(kind: ReferenceKind, codes: string[]): Promise<string[]> {
    const known = new Set(await this.reference.knownCodes(kind, codes));
    return codes.filter((c) => !known.has(c));
  }

  /** The known industries among `codes`, in the published industry order. */
  inIndustryOrder(codes: string[]): Promise<string[]> {
    return this.reference.knownCodes('industries', codes);
  }

  /** English and Chinese names by industry code. */
  async industryNames(): Promise<Map<string, { name: string; nameZh: string }>> {
    const entries = await this.reference.entries('industries');
    return new Map(entries.map((e) => [e.code, { name: e.name, nameZh: e.nameZh }]));
  }
}
