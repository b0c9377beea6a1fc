export * from './queues';
export * from './queue.module';
export * from './delayed-jobs';
export * from './job-metrics';
