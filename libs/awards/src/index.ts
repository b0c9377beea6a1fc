export * from './winner-proposal';
export * from './award-decision';
export * from './publication';
export * from './awards.errors';
export * from './awards.repository';
export * from './awards.service';
export * from './public-results.service';
export * from './awards.module';
