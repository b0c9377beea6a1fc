export * from './reference-data.module';
export * from './reference-data.service';
export type { ReferenceEntry, ReferenceKind } from './reference-data.repository';
export * from './reference-codes.seed';
