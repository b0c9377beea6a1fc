/** The round's materials section (namespace `organizerJudging`, under `materials`). */
export const MATERIALS_TEXT_EN = {
  materials: {
    title: 'What judges see and attach',
    draftOnly: 'These can change only while the round is a draft.',
    shownFields: 'Entry fields shown to judges',
    shownFieldsHelp:
      'Tick the fields of the entry form that judges see in each entry. With no box ticked, judges see every field.',
    everyField: 'As it stands, judges see every field.',
    someFields: 'As it stands, judges see {{count}} of the {{total}} fields.',
    fileField: '{{label}} (uploaded files)',
    noForm: 'This round’s category asks for no entry form, so there are no entry fields to choose from.',
    attachments: 'Judges attach to their sheets:',
    noAttachments: 'Nothing',
    slot: '{{label}}: up to {{count}} file(s)',
    toEntrants:
      'After the announcement, entrants see the attachments of counted sheets (without judges’ names)',
    showPreviousFeedback:
      'Show judges, in each dossier, the results and comments of the entrant’s finalised earlier rounds (the judges stay anonymous)',
    save: 'Save what judges see',
    saved: 'Saved.',
  },
};

export const MATERIALS_TEXT_ZH = {
  materials: {
    title: '评委可见与附件',
    draftOnly: '只有在轮次为草稿时才能更改。',
    shownFields: '向评委展示的申报字段',
    shownFieldsHelp: '勾选评委在每份申报中可以看到的申报表字段。一个都不勾选时，评委可以看到全部字段。',
    everyField: '当前设置：评委可以看到全部字段。',
    someFields: '当前设置：评委可以看到 {{total}} 个字段中的 {{count}} 个。',
    fileField: '{{label}}（上传的文件）',
    noForm: '该轮次的奖项没有申报表，因此没有可供选择的申报字段。',
    attachments: '评委随评分表提交的附件：',
    noAttachments: '无',
    slot: '{{label}}：最多 {{count}} 个文件',
    toEntrants: '结果发布后，参评方可看到计入评分的评分表附件（不显示评委姓名）',
    showPreviousFeedback: '在每份材料中向评委展示该参评方此前已定稿轮次的结果和评委意见（不显示评委姓名）',
    save: '保存评委可见内容',
    saved: '已保存。',
  },
};
