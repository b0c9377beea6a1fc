import type { FormDefinition } from '../form-definition';

const L = (en: string, zh: string) => ({ en, zh });

/**
 * A form with every field type and a chain of conditions, for the unit specs:
 * has_outsourcing = yes shows outsourcing_share, and outsourcing_share = 100 shows outsourcing_partner;
 * channels holding chat shows chat_vendor.
 */
export const SAMPLE_FORM: FormDefinition = {
  sections: [
    {
      key: 'profile',
      title: L('Your contact centre', '你的客服中心'),
      fields: [
        {
          key: 'centre_name',
          type: 'short-text',
          label: L('Centre name', '中心名称'),
          required: true,
          maxLength: 20,
        },
        {
          key: 'seats',
          type: 'number',
          label: L('Seats', '座席数'),
          required: true,
          integer: true,
          min: 1,
          max: 5000,
        },
        {
          key: 'has_outsourcing',
          type: 'single-choice',
          label: L('Do you outsource?', '是否外包？'),
          required: true,
          options: [
            { value: 'yes', label: L('Yes', '是') },
            { value: 'no', label: L('No', '否') },
          ],
        },
        {
          key: 'outsourcing_share',
          type: 'number',
          label: L('Share outsourced (%)', '外包比例（%）'),
          required: true,
          min: 0,
          max: 100,
          showWhen: { field: 'has_outsourcing', in: ['yes'] },
        },
        {
          key: 'outsourcing_partner',
          type: 'short-text',
          label: L('Partner', '外包伙伴'),
          required: true,
          showWhen: { field: 'outsourcing_share', in: [100] },
        },
      ],
    },
    {
      key: 'practice',
      title: L('Practice', '实践'),
      description: L('What you do', '你的做法'),
      fields: [
        {
          key: 'channels',
          type: 'multiple-choice',
          label: L('Channels', '渠道'),
          required: true,
          minChoices: 1,
          maxChoices: 3,
          options: [
            { value: 'phone', label: L('Phone', '电话') },
            { value: 'chat', label: L('Chat', '在线聊天') },
            { value: 'email', label: L('Email', '电子邮件') },
            { value: 'social', label: L('Social media', '社交媒体') },
          ],
        },
        {
          key: 'chat_vendor',
          type: 'short-text',
          label: L('Chat platform', '聊天平台'),
          required: true,
          showWhen: { field: 'channels', in: ['chat'] },
        },
        {
          key: 'case_study',
          type: 'long-text',
          label: L('Case study', '案例'),
          help: L('What changed, with figures', '有何变化，请附数据'),
          required: true,
          minLength: 10,
          maxLength: 200,
        },
        { key: 'launched', type: 'date', label: L('Launched', '启动日期'), required: false },
        { key: 'website', type: 'url', label: L('Website', '网站'), required: false },
        { key: 'contact_email', type: 'email', label: L('Contact email', '联系邮箱'), required: false },
        {
          key: 'evidence',
          type: 'file',
          label: L('Evidence', '证明材料'),
          required: false,
          accept: ['application/pdf', 'image/*'],
          maxFiles: 2,
          maxBytes: 10 * 1024 * 1024,
        },
        {
          key: 'sites',
          type: 'table',
          label: L('Sites', '站点'),
          required: false,
          maxRows: 3,
          columns: [
            { key: 'city', label: L('City', '城市'), type: 'text', required: true },
            { key: 'seats', label: L('Seats', '座席'), type: 'number' },
            { key: 'opened', label: L('Opened', '开设日期'), type: 'date' },
          ],
        },
      ],
    },
  ],
};
