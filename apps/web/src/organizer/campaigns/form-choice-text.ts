/** Choice options and conditions in the entry form's version editor (namespace `organizer`, `formChoices`). */
export const FORM_CHOICE_TEXT_EN = {
  formChoices: {
    options: 'Options of {{label}}',
    optionN: 'Option {{n}}',
    value: 'Stored value',
    valueHelp: 'What answers hold; unique in the field',
    labelEn: 'Option label (English)',
    labelZh: 'Option label (Chinese)',
    addOption: 'Add an option to {{label}}',
    removeOption: 'Remove option {{n}} of {{label}}',
    condition: 'When {{label}} shows',
    always: 'Always',
    when: 'Only when this earlier field’s answer is…',
    whenValues: 'One of these answers',
    whenValuesHelp: 'Separate answers with commas',
    pickValue: 'Show when {{field}} is {{value}}',
    noSource: 'No earlier choice, number or short-text field to depend on.',
    optionsNeeded: 'Give the field at least one option, each with a value and both labels.',
  },
};

export const FORM_CHOICE_TEXT_ZH = {
  formChoices: {
    options: '{{label}}的选项',
    optionN: '选项 {{n}}',
    value: '存储值',
    valueHelp: '答案中保存的值；在本字段中唯一',
    labelEn: '选项名称（英文）',
    labelZh: '选项名称（中文）',
    addOption: '为{{label}}添加选项',
    removeOption: '删除{{label}}的选项 {{n}}',
    condition: '{{label}}何时显示',
    always: '始终显示',
    when: '仅当此前字段的答案为……',
    whenValues: '以下答案之一',
    whenValuesHelp: '多个答案用逗号分隔',
    pickValue: '当{{field}}为{{value}}时显示',
    noSource: '此前没有可依赖的单选、多选、数字或短文本字段。',
    optionsNeeded: '请至少为该字段提供一个选项，每个选项都要有存储值和中英文名称。',
  },
};
