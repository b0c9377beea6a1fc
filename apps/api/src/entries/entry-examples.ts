/** Example values shared by the entry DTOs, so the OpenAPI document shows one consistent form and entry. */
export const FORM_ID = '0c4e6a8b-2d1f-4e3a-9b5c-7d6e5f4a3b2c';
export const CATEGORY_ID = '7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d';
export const CAMPAIGN_ID = '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b';
export const CANDIDACY_ID = '9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a';
export const USER_ID = '2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c';
export const DOCUMENT_ID = '3f1c2b7a-9d4e-4f6a-8b2c-1d0e9f8a7b6c';
export const AT = '2027-03-15T08:30:00.000Z';

const L = (en: string, zh: string) => ({ en, zh });

export const EXAMPLE_OPTIONS = [
  { value: 'phone', label: L('Phone', '电话') },
  { value: 'chat', label: L('Online chat', '在线聊天') },
  { value: 'social', label: L('Social media', '社交媒体') },
];

export const EXAMPLE_COLUMNS = [
  { key: 'city', label: L('City', '城市'), type: 'text', required: true },
  { key: 'seats', label: L('Seats', '座席数'), type: 'number' },
];

/** A two-section form with a condition (the share shows only when the centre outsources) and a file field. */
export const EXAMPLE_DEFINITION = {
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
          maxLength: 100,
        },
        {
          key: 'seats',
          type: 'number',
          label: L('Seats', '座席数'),
          required: true,
          integer: true,
          min: 1,
          max: 100000,
        },
        {
          key: 'outsourced',
          type: 'single-choice',
          label: L('Do you outsource any of the work?', '是否有外包业务？'),
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
          showWhen: { field: 'outsourced', in: ['yes'] },
        },
      ],
    },
    {
      key: 'case',
      title: L('Your case', '参评案例'),
      description: L('What you changed and what it achieved', '你做了哪些改变，取得了什么成效'),
      fields: [
        {
          key: 'summary',
          type: 'long-text',
          label: L('Summary', '案例摘要'),
          help: L('With figures before and after', '请附改进前后的数据'),
          required: true,
          minLength: 50,
          maxLength: 5000,
        },
        {
          key: 'channels',
          type: 'multiple-choice',
          label: L('Channels served', '服务渠道'),
          required: true,
          minChoices: 1,
          maxChoices: 3,
          options: EXAMPLE_OPTIONS,
        },
        { key: 'launched_on', type: 'date', label: L('Launched on', '启动日期'), required: false },
        { key: 'website', type: 'url', label: L('Website', '网站'), required: false },
        { key: 'contact_email', type: 'email', label: L('Contact email', '联系邮箱'), required: false },
        {
          key: 'evidence',
          type: 'file',
          label: L('Evidence', '证明材料'),
          required: false,
          accept: ['application/pdf', 'image/*'],
          maxBytes: 20971520,
          maxFiles: 3,
        },
        {
          key: 'sites',
          type: 'table',
          label: L('Sites', '站点'),
          required: false,
          maxRows: 10,
          columns: EXAMPLE_COLUMNS,
        },
      ],
    },
  ],
};

export const EXAMPLE_DOCUMENT = {
  id: DOCUMENT_ID,
  fileName: 'Quality report 2026.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 482133,
  sha256: '9f2c4e1b7a3d5f6e8c0b1a2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f',
  scan: 'clean' as const,
  uploadedAt: AT,
};

export const EXAMPLE_LINK = {
  url:
    `https://awards.example.cn/documents/${DOCUMENT_ID}/content?reader=${USER_ID}` +
    '&expires=1836981300&signature=mJ3Xo0pS1f0VwQ4cK8rY2tZ7uH6gB5nA9eD1iL3oP2s',
  expiresAt: '2028-03-18T08:35:00.000Z',
  inline: true,
};

export const EXAMPLE_ANSWERS = {
  centre_name: 'Shenzhen Customer Care Centre',
  seats: 320,
  outsourced: 'yes',
  outsourcing_share: 25,
  summary:
    'We moved first-contact resolution from 71 % to 86 % in 2026 by giving agents the refund decision.',
  channels: ['phone', 'chat'],
  evidence: [EXAMPLE_DOCUMENT],
  sites: [
    { city: 'Shenzhen', seats: 240 },
    { city: 'Wuhan', seats: 80 },
  ],
};
