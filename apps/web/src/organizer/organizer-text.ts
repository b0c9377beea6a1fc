import type { Catalog } from '../i18n/catalogs';
import { CAMPAIGN_TEXT_EN, CAMPAIGN_TEXT_ZH } from './campaigns/campaign-text';
import { RUBRIC_TEXT_EN, RUBRIC_TEXT_ZH } from './rubrics/rubric-text';
import { INSTRUMENT_TEXT_EN, INSTRUMENT_TEXT_ZH } from './campaigns/instrument-text';
import { FORM_CHOICE_TEXT_EN, FORM_CHOICE_TEXT_ZH } from './campaigns/form-choice-text';

export const ORGANIZER = {
  en: {
    title: 'Campaigns',
    nav: {
      campaigns: 'Campaigns',
      rubrics: 'Rubrics',
      enterprises: 'Enterprises',
      users: 'Users',
      auditLog: 'Audit log',
    },
    tabs: {
      label: 'Campaign sections',
      overview: 'Overview',
      setup: 'Set-up',
      review: 'Review',
      surveys: 'Surveys',
      rankings: 'Rankings',
      rounds: 'Rounds',
      awards: 'Awards',
      announcement: 'Announcement',
    },
    ...CAMPAIGN_TEXT_EN,
    ...RUBRIC_TEXT_EN,
    ...INSTRUMENT_TEXT_EN,
    ...FORM_CHOICE_TEXT_EN,
  },
  zh: {
    title: '评选活动',
    nav: {
      campaigns: '评选活动',
      rubrics: '评分标准',
      enterprises: '企业',
      users: '用户',
      auditLog: '审计日志',
    },
    tabs: {
      label: '活动栏目',
      overview: '概览',
      setup: '设置',
      review: '审核',
      surveys: '调查',
      rankings: '排名',
      rounds: '评审轮次',
      awards: '奖项',
      announcement: '发布',
    },
    ...CAMPAIGN_TEXT_ZH,
    ...RUBRIC_TEXT_ZH,
    ...INSTRUMENT_TEXT_ZH,
    ...FORM_CHOICE_TEXT_ZH,
  },
} satisfies Catalog;
