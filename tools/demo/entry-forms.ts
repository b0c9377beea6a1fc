import type { FormDefinition } from '@app/entries';

/**
 * The demo's two entry forms, modelled on what the programmes ask of an entrant: the benchmark award wants the
 * contact-center profile the survey is read against and a signed declaration; Best Call Center of the Year wants
 * a written case, evidence and the pack the site-visit panel prepares from.
 */
const PDF = ['application/pdf'];
const MiB = 1024 * 1024;

export const BENCHMARK_FORM: FormDefinition = {
  sections: [
    {
      key: 'profile',
      title: { en: 'Contact-center profile', zh: '联络中心概况' },
      fields: [
        {
          key: 'service_channels',
          type: 'multiple-choice',
          label: { en: 'Service channels', zh: '服务渠道' },
          required: true,
          minChoices: 1,
          options: [
            { value: 'phone', label: { en: 'Phone', zh: '电话' } },
            { value: 'online_chat', label: { en: 'Online chat', zh: '在线客服' } },
            { value: 'email', label: { en: 'Email', zh: '电子邮件' } },
            { value: 'social', label: { en: 'Social media', zh: '社交媒体' } },
            { value: 'app', label: { en: 'Mobile app', zh: '移动应用' } },
          ],
        },
        {
          key: 'annual_contacts',
          type: 'number',
          label: { en: 'Customer contacts handled last year', zh: '上一年度处理的客户联络量' },
          help: { en: 'All channels together.', zh: '各渠道合计。' },
          required: true,
          integer: true,
          min: 1000,
          max: 1_000_000_000,
        },
        {
          key: 'survey_contact',
          type: 'email',
          label: { en: 'Who answers the survey partner’s questions', zh: '调查机构的对接人邮箱' },
          required: true,
        },
      ],
    },
    {
      key: 'declaration',
      title: { en: 'Declaration', zh: '声明' },
      fields: [
        {
          key: 'customer_list_declaration',
          type: 'file',
          label: { en: 'Signed customer-list declaration (PDF)', zh: '已签署的客户名单声明（PDF）' },
          help: {
            en: 'Confirms the customer list given to the survey partner is complete and unfiltered.',
            zh: '确认提供给调查机构的客户名单完整且未经筛选。',
          },
          required: true,
          accept: PDF,
          maxBytes: 10 * MiB,
          maxFiles: 1,
        },
      ],
    },
  ],
};

export const PANEL_FORM: FormDefinition = {
  sections: [
    {
      key: 'case',
      title: { en: 'The written case', zh: '书面申报材料' },
      fields: [
        {
          key: 'case_summary',
          type: 'long-text',
          label: { en: 'Summary of the case', zh: '申报概要' },
          help: {
            en: 'What changed in the year, why, and what customers noticed.',
            zh: '本年度的改进、原因，以及客户感受到的变化。',
          },
          required: true,
          minLength: 200,
          maxLength: 4000,
        },
        {
          key: 'written_case',
          type: 'file',
          label: { en: 'Written case (PDF)', zh: '书面申报材料（PDF）' },
          required: true,
          accept: PDF,
          maxBytes: 20 * MiB,
          maxFiles: 1,
        },
        {
          key: 'key_results',
          type: 'table',
          label: { en: 'Key results', zh: '关键成果' },
          help: {
            en: 'Up to eight indicators, the year before and this year.',
            zh: '最多八项指标，上一年与本年对比。',
          },
          required: true,
          minRows: 2,
          maxRows: 8,
          columns: [
            { key: 'indicator', label: { en: 'Indicator', zh: '指标' }, type: 'text', required: true },
            { key: 'before', label: { en: 'Year before', zh: '上一年' }, type: 'number', required: true },
            { key: 'after', label: { en: 'This year', zh: '本年' }, type: 'number', required: true },
          ],
        },
        {
          key: 'evidence',
          type: 'file',
          label: { en: 'Evidence: reports and audits (PDF)', zh: '佐证材料：报告与审计（PDF）' },
          required: false,
          accept: PDF,
          maxBytes: 20 * MiB,
          maxFiles: 5,
        },
      ],
    },
    {
      key: 'site_visit',
      title: { en: 'Site-visit pack', zh: '现场评审资料' },
      fields: [
        {
          key: 'site_address',
          type: 'short-text',
          label: { en: 'Address of the site to visit', zh: '现场评审地址' },
          required: true,
          maxLength: 300,
        },
        {
          key: 'visit_contact',
          type: 'email',
          label: { en: 'Site-visit coordinator', zh: '现场评审联络人邮箱' },
          required: true,
        },
        {
          key: 'outsourced_sites',
          type: 'single-choice',
          label: { en: 'Are any seats outsourced?', zh: '是否有外包座席？' },
          required: true,
          options: [
            { value: 'no', label: { en: 'No', zh: '否' } },
            { value: 'yes', label: { en: 'Yes', zh: '是' } },
          ],
        },
        {
          key: 'outsourcing_partner',
          type: 'short-text',
          label: { en: 'Outsourcing partner', zh: '外包服务商' },
          required: true,
          maxLength: 200,
          showWhen: { field: 'outsourced_sites', in: ['yes'] },
        },
        {
          key: 'site_pack',
          type: 'file',
          label: {
            en: 'Site-visit pack: floor plan and schedule (PDF)',
            zh: '现场评审资料：平面图与日程（PDF）',
          },
          required: true,
          accept: PDF,
          maxBytes: 20 * MiB,
          maxFiles: 1,
        },
      ],
    },
  ],
};

/** What the panel's first round (document review) and second round (site visit) show their judges. */
export const DOCUMENT_REVIEW_FIELDS = ['case_summary', 'written_case', 'key_results', 'evidence'];
export const SITE_VISIT_FIELDS = ['site_address', 'outsourced_sites', 'outsourcing_partner', 'site_pack'];
