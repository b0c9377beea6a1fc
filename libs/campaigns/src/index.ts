export * from './campaign-lifecycle';
export * from './campaign-schedule';
export * from './campaign.entity';
export * from './award-category.entity';
export * from './campaigns.errors';
export * from './campaigns.service';
export * from './campaign-facts.service';
export * from './campaigns.module';
export { transitionJobId } from './campaign-scheduler';
