export * from './domain-error';
export * from './actor';
export * from './pagination';
export * from './logger';
export * from './with-timeout';
export * from './exit-on-failure';
export * from './language';
export * from './import-table';
