export * from './reference-data.module';
export * from './reference-data.service';
export * from './reference-codes.seed';
