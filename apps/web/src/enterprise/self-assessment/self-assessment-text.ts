/** Words of the self-assessment pages and of the certificates after the announcement. */
export const SELF_ASSESSMENT_TEXT = {
  en: {
    selfAssessment: {
      listTitle: 'Self-assessment',
      listIntro: 'A round of judging asks your enterprise to score itself on the rubric its judges use.',
      state: {
        todo: 'Not started',
        draft: 'Draft saved',
        submitted: 'Submitted',
        closed: 'Closed without a submission',
      },
      due: 'Submit by {{date}}',
      noDeadline: 'The organizers have not set a deadline.',
      start: 'Fill in the self-assessment',
      continue: 'Continue the self-assessment',
      view: 'View the submitted self-assessment',
      actionOn: '{{action}}: {{round}}',
      title: 'Self-assessment: {{round}}',
      back: '← Back to the start page',
      intro:
        'Score your enterprise on each item as the judges will, reading each item’s guidance. The weighted total, band and weakest category appear once every item is scored. Your draft is saved as you type; Enter moves to the next item.',
      submittedOn: 'Submitted on {{date}}. Your self-assessment is locked.',
      roundNotOpen: 'This round is not open: the self-assessment can be read but not changed.',
      submitLead:
        'Once submitted, your self-assessment is locked and shown to the judges beside their own scores. Check the figures below.',
      notFound: 'This self-assessment is not available to you',
    },
    certificates: {
      title: 'Your certificates',
      intro:
        'Each certificate has its own page to open, print or share; its code proves that Care Awards issued it.',
      none: 'Your enterprise has no certificate in this campaign.',
      open: 'Open the certificate',
      openOf: 'Open the certificate: {{award}}',
      code: 'Code',
      industry: 'Industry',
      joint: 'Joint winners',
    },
  },
  zh: {
    selfAssessment: {
      listTitle: '自评',
      listIntro: '有评审轮次请贵企业按评委使用的评分细则为自己评分。',
      state: {
        todo: '未开始',
        draft: '草稿已保存',
        submitted: '已提交',
        closed: '已截止，未提交',
      },
      due: '请于 {{date}} 前提交',
      noDeadline: '组织方尚未设定截止时间。',
      start: '填写自评',
      continue: '继续填写自评',
      view: '查看已提交的自评',
      actionOn: '{{action}}：{{round}}',
      title: '自评：{{round}}',
      back: '← 返回首页',
      intro:
        '请参照每项的评分指引，像评委一样为贵企业逐项评分。所有题目评分后将显示加权总分、等级和最弱类别。草稿会在输入时自动保存；按回车键可跳到下一项。',
      submittedOn: '已于 {{date}} 提交。自评已锁定。',
      roundNotOpen: '本轮次当前未开放：自评可以查看，但不能修改。',
      submitLead: '提交后自评将锁定，并在评委评分时显示在其评分旁。请核对以下数据。',
      notFound: '您无法查看此自评',
    },
    certificates: {
      title: '您的证书',
      intro: '每张证书都有单独的页面，可打开、打印或分享；证书编号可证明其由 Care Awards 颁发。',
      none: '贵企业在本次活动中没有证书。',
      open: '打开证书',
      openOf: '打开证书：{{award}}',
      code: '编号',
      industry: '行业',
      joint: '并列获奖',
    },
  },
};
