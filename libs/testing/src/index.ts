export * from './database';
export * from './factories';
export * from './test-environment';
