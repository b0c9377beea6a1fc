import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { SelectField, TextField } from '../../ui/field';

type Field = components['schemas']['FormFieldDto'];
const SIMPLE_TYPES: Field['type'][] = ['short-text', 'long-text', 'number', 'date', 'url', 'email'];

/** A new field for a section: its key, type, labels and whether it is required (settings keep their defaults). */
export function NewFieldForm({
  section,
  takenKeys,
  onAdd,
}: {
  section: string;
  takenKeys: string[];
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
  });
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
    onAdd({
      key: field.key,
      type: field.type,
      label: { en: field.en, zh: field.zh },
      required: field.required,
    });
    setField({ key: '', type: 'short-text', en: '', zh: '', required: false });
    setProblem(undefined);
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
          {SIMPLE_TYPES.map((type) => (
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
