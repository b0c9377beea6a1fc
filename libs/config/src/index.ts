export * from './environment';
export * from './namespaces';
export * from './app-config.module';
export * from './redis-connection';
export * from './production-checks';
