import type { Catalog } from '../i18n/catalogs';
import { ACCOUNT_TEXT } from './account/account-text';
import { CAMPAIGNS_TEXT } from './campaigns/campaigns-text';
import { ENTRY_TEXT } from './entry/entry-text';
import { PROFILE_TEXT } from './profile/profile-text';
import { SELF_ASSESSMENT_TEXT } from './self-assessment/self-assessment-text';

/** The enterprise workspace's catalog (namespace `enterprise`), one part per area of the workspace. */
export const ENTERPRISE = {
  en: {
    title: 'Workspace',
    nav: { home: 'Start', profile: 'Your enterprise', campaigns: 'Campaigns' },
    failure: { title: 'This page could not be shown', home: 'Back to the start page' },
    home: {
      title: 'Welcome, {{name}}',
      intro: 'Four steps take your enterprise to an entry. Here is where you are.',
      done: 'done',
      now: 'your next step',
      later: 'later',
      steps: {
        verify: {
          title: '1. Confirm your email address',
          text: 'Open the link we emailed you.',
          action: 'See how',
        },
        profile: {
          title: '2. Describe your enterprise',
          text: 'Name, credit code, industry and your contact centre.',
          action: 'Describe your enterprise',
        },
        review: {
          title: '3. Verification by the organizers',
          text: 'They check your details; this usually takes a few working days.',
          action: 'See your enterprise’s details',
        },
        enter: {
          title: '4. Enter a category',
          text: 'Choose a category of an open campaign and fill in its entry form.',
          action: 'See the campaigns',
        },
      },
    },
    ...ACCOUNT_TEXT.en,
    ...PROFILE_TEXT.en,
    ...CAMPAIGNS_TEXT.en,
    ...ENTRY_TEXT.en,
    ...SELF_ASSESSMENT_TEXT.en,
  },
  zh: {
    title: '工作台',
    nav: { home: '开始', profile: '企业信息', campaigns: '评选活动' },
    failure: { title: '此页面无法显示', home: '返回开始页面' },
    home: {
      title: '欢迎，{{name}}',
      intro: '完成以下四步即可报名参评。这里显示您目前所在的步骤。',
      done: '已完成',
      now: '下一步',
      later: '稍后',
      steps: {
        verify: { title: '1. 确认电子邮箱', text: '打开我们发送到您邮箱的链接。', action: '查看方法' },
        profile: {
          title: '2. 填写企业信息',
          text: '名称、统一社会信用代码、行业和客服中心情况。',
          action: '填写企业信息',
        },
        review: {
          title: '3. 主办方核实',
          text: '主办方核实您填写的信息，通常需要几个工作日。',
          action: '查看企业信息',
        },
        enter: {
          title: '4. 报名参评',
          text: '选择正在报名的评选活动中的奖项类别，并填写申报表。',
          action: '查看评选活动',
        },
      },
    },
    ...ACCOUNT_TEXT.zh,
    ...PROFILE_TEXT.zh,
    ...CAMPAIGNS_TEXT.zh,
    ...ENTRY_TEXT.zh,
    ...SELF_ASSESSMENT_TEXT.zh,
  },
} satisfies Catalog;
