export * from './campaign-lifecycle';
export * from './campaign-schedule';
export * from './campaign.entity';
export * from './award-category.entity';
export * from './campaigns.errors';
export type {
  CampaignChanges,
  CampaignInput,
  CampaignMethodologyChoice,
  CampaignView,
  CategoryInput,
  RankingRules,
  RulesInput,
  SurveyWindow,
} from './campaign-view';
export { scheduleOf } from './campaign-view';
export { ANNOUNCED_ONLY_WITH_RESULTS } from './campaign-transitions';
export * from './campaigns.service';
export * from './campaign-facts.service';
export * from './methodology-versions';
export * from './campaigns.module';
export { transitionJobId } from './campaign-scheduler';
