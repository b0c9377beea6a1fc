export * from './rubric';
export * from './rubric-result';
export * from './panel-aggregation';
export * from './judge-agreement';
export * from './tie-break';
export * from './advancement';
export * from './judge-assignment';
export * from './conflict-detection';
