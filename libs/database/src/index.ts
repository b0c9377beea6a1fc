export * from './data-source-options';
export * from './database.module';
export * from './base.entity';
export * from './migrations';
export * from './reference-data.seed';
export * from './returning-rows';
export * from './cccs-rubric';
export * from './canonical-json';
