export * from './data-source-options';
export * from './database.module';
export * from './transactions';
export * from './base.entity';
export * from './migrations';
export * from './returning-rows';
export * from './canonical-json';
