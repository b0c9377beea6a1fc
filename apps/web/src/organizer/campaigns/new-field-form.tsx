import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { SelectField, TextField } from '../../ui/field';
import { CHOICE_TYPES, ConditionEditor, conditionSources, isChoice, OptionsEditor } from './field-choices';

type Field = components['schemas']['FormFieldDto'];
const TYPES: Field['type'][] = ['short-text', 'long-text', 'number', ...CHOICE_TYPES, 'date', 'url', 'email'];

/**
 * A new field for a section: its key, type, labels, whether it is required, a choice field's options and when it
 * shows (other settings keep their defaults).
 */
export function NewFieldForm({
  section,
  takenKeys,
  earlier,
  onAdd,
}: {
  section: string;
  takenKeys: string[];
  /** The fields before the new one (its section's last), which a condition may look at. */
  earlier: Field[];
  onAdd: (field: Field) => void;
}) {
  const { t } = useTranslation('organizer');
  const [open, setOpen] = useState(false);
  const [field, setField] = useState({
    key: '',
    type: 'short-text' as Field['type'],
    en: '',
    zh: '',
    required: false,
    options: [] as NonNullable<Field['options']>,
    showWhen: undefined as Field['showWhen'],
  });
  const [optionsProblem, setOptionsProblem] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('formEditor.add', { section })}
      </button>
    );
  const add = () => {
    if (!/^[a-z][a-z0-9_]*$/.test(field.key) || takenKeys.includes(field.key)) {
      setProblem(t('formEditor.keyProblem'));
      return;
    }
    setProblem(undefined);
    const choice = isChoice(field.type);
    if (choice && !optionsComplete(field.options)) {
      setOptionsProblem(t('formChoices.optionsNeeded'));
      return;
    }
    onAdd({
      key: field.key,
      type: field.type,
      label: { en: field.en, zh: field.zh },
      required: field.required,
      ...(choice ? { options: field.options } : {}),
      ...(field.showWhen ? { showWhen: field.showWhen } : {}),
    });
    setField({
      key: '',
      type: 'short-text',
      en: '',
      zh: '',
      required: false,
      options: [],
      showWhen: undefined,
    });
    setOptionsProblem(undefined);
    setOpen(false);
  };
  return (
    <div className="new-field" role="group" aria-label={t('formEditor.add', { section })}>
      <div className="form-grid">
        <TextField
          label={t('formEditor.key')}
          name="newField.key"
          value={field.key}
          problem={problem}
          help={t('formEditor.keyHelp')}
          onChange={(e) => setField({ ...field, key: e.target.value })}
        />
        <SelectField
          label={t('formEditor.type')}
          name="newField.type"
          value={field.type}
          onChange={(e) => setField({ ...field, type: e.target.value as Field['type'] })}
        >
          {TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`fieldTypes.${type}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('formEditor.labelEn')}
          name="newField.en"
          value={field.en}
          onChange={(e) => setField({ ...field, en: e.target.value })}
        />
        <TextField
          label={t('formEditor.labelZh')}
          name="newField.zh"
          value={field.zh}
          onChange={(e) => setField({ ...field, zh: e.target.value })}
        />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={field.required}
          onChange={(e) => setField({ ...field, required: e.target.checked })}
        />{' '}
        {t('formEditor.newRequired')}
      </label>
      {isChoice(field.type) ? (
        <OptionsEditor
          label={field.en || field.key || t('formEditor.addThis')}
          path="newField"
          options={field.options}
          onChange={(options) => setField({ ...field, options })}
          problemOf={(rest) => (rest === '.options' || rest.endsWith('.value') ? optionsProblem : undefined)}
        />
      ) : null}
      <ConditionEditor
        label={field.en || field.key || t('formEditor.addThis')}
        path="newField"
        condition={field.showWhen}
        sources={conditionSources(earlier)}
        onChange={(showWhen) => setField({ ...field, showWhen })}
        problemOf={() => undefined}
      />
      <div className="actions">
        <button type="button" onClick={add}>
          {t('formEditor.addThis')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common:cancel')}
        </button>
      </div>
    </div>
  );
}

/** Every option has a value and both labels, and there is at least one. */
function optionsComplete(options: NonNullable<Field['options']>): boolean {
  return options.length > 0 && options.every((o) => o.value.trim() && o.label.en.trim() && o.label.zh.trim());
}
