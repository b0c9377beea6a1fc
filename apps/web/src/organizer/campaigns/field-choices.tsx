import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { currentLanguage } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui/field';

type Field = components['schemas']['FormFieldDto'];
type Option = components['schemas']['ChoiceOptionDto'];
type Condition = components['schemas']['FieldConditionDto'];

/** The types a condition may look at (the server's CONDITION_SOURCE_TYPES). */
const SOURCE_TYPES: Field['type'][] = ['single-choice', 'multiple-choice', 'number', 'short-text'];
export const CHOICE_TYPES: Field['type'][] = ['single-choice', 'multiple-choice'];
export const isChoice = (type: Field['type']) => CHOICE_TYPES.includes(type);

/** The problem the API names at a path under the field (`.options[0].value`), or none. */
export type ProblemOf = (rest: string) => string | undefined;

/** A choice field's options: the value answers hold, and its label in both languages. */
export function OptionsEditor({
  label,
  path,
  options,
  onChange,
  problemOf,
}: {
  label: string;
  path: string;
  options: Option[];
  onChange: (options: Option[]) => void;
  problemOf: ProblemOf;
}) {
  const { t } = useTranslation('organizer');
  const change = (i: number, next: Option) => onChange(options.map((o, j) => (j === i ? next : o)));
  const listProblem = problemOf('.options');
  return (
    <fieldset className="choice-options">
      <legend>{t('formChoices.options', { label })}</legend>
      {listProblem && options.length === 0 ? (
        <p className="field-problem" role="alert">
          {listProblem}
        </p>
      ) : null}
      {options.map((option, i) => (
        <div
          key={i}
          className="form-grid choice-option"
          role="group"
          aria-label={t('formChoices.optionN', { n: i + 1 })}
        >
          <TextField
            label={t('formChoices.value')}
            name={`${path}.options[${i}].value`}
            help={i === 0 ? t('formChoices.valueHelp') : undefined}
            problem={problemOf(`.options[${i}].value`) ?? problemOf(`.options[${i}]`)}
            value={option.value}
            onChange={(e) => change(i, { ...option, value: e.target.value })}
            required
          />
          <TextField
            label={t('formChoices.labelEn')}
            name={`${path}.options[${i}].label.en`}
            problem={problemOf(`.options[${i}].label.en`)}
            value={option.label.en}
            onChange={(e) => change(i, { ...option, label: { ...option.label, en: e.target.value } })}
            required
          />
          <TextField
            label={t('formChoices.labelZh')}
            name={`${path}.options[${i}].label.zh`}
            problem={problemOf(`.options[${i}].label.zh`)}
            value={option.label.zh}
            onChange={(e) => change(i, { ...option, label: { ...option.label, zh: e.target.value } })}
            required
          />
          <div className="actions">
            <button
              type="button"
              className="danger"
              onClick={() => onChange(options.filter((_, j) => j !== i))}
            >
              {t('formChoices.removeOption', { n: i + 1, label })}
            </button>
          </div>
        </div>
      ))}
      <div className="actions">
        <button
          type="button"
          onClick={() => onChange([...options, { value: '', label: { en: '', zh: '' } }])}
        >
          {t('formChoices.addOption', { label })}
        </button>
      </div>
    </fieldset>
  );
}

/** The fields a condition of a later field may look at, in form order. */
export const conditionSources = (fields: Field[]) => fields.filter((f) => SOURCE_TYPES.includes(f.type));

/**
 * When a field shows: always, or when an earlier choice, number or short-text field's answer is one of some
 * values (ticked among a choice field's options, typed otherwise).
 */
export function ConditionEditor({
  label,
  path,
  condition,
  sources,
  onChange,
  problemOf,
}: {
  label: string;
  path: string;
  condition: Condition | undefined;
  sources: Field[];
  onChange: (condition: Condition | undefined) => void;
  problemOf: ProblemOf;
}) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const source = sources.find((f) => f.key === condition?.field);
  const values = (condition?.in ?? []).map(String);
  const setValues = (next: string[]) =>
    condition &&
    onChange({
      field: condition.field,
      // A number field's condition holds numbers; the document types the list as text.
      in: (source?.type === 'number' ? next.map(Number) : next) as Condition['in'],
    });
  const valuesProblem =
    problemOf('.showWhen.in') ?? values.map((_, i) => problemOf(`.showWhen.in[${i}]`)).find(Boolean);
  return (
    <fieldset className="field-condition">
      <legend>{t('formChoices.condition', { label })}</legend>
      {sources.length === 0 && !condition ? <p className="field-help">{t('formChoices.noSource')}</p> : null}
      <SelectField
        label={t('formChoices.when')}
        name={`${path}.showWhen.field`}
        problem={problemOf('.showWhen.field')}
        value={condition?.field ?? ''}
        onChange={(e) => onChange(e.target.value ? { field: e.target.value, in: [] } : undefined)}
      >
        <option value="">{t('formChoices.always')}</option>
        {sources.map((f) => (
          <option key={f.key} value={f.key}>
            {f.label[language]} ({f.key})
          </option>
        ))}
      </SelectField>
      {condition && source && isChoice(source.type) ? (
        <div className="choices" role="group" aria-label={t('formChoices.whenValues')}>
          {(source.options ?? []).map((option) => (
            <label key={option.value} className="choice">
              <input
                type="checkbox"
                checked={values.includes(option.value)}
                onChange={(e) =>
                  setValues(
                    e.target.checked ? [...values, option.value] : values.filter((v) => v !== option.value),
                  )
                }
              />{' '}
              {t('formChoices.pickValue', { field: source.label[language], value: option.label[language] })}
            </label>
          ))}
          {valuesProblem ? (
            <p className="field-problem" role="alert">
              {valuesProblem}
            </p>
          ) : null}
        </div>
      ) : null}
      {condition && (!source || !isChoice(source.type)) ? (
        <ValuesText
          key={condition.field}
          path={path}
          initial={values.join(', ')}
          problem={valuesProblem}
          onChange={setValues}
        />
      ) : null}
    </fieldset>
  );
}

/** Typed answers, separated by commas: kept as typed so a comma can be typed, sent as a list. */
function ValuesText({
  path,
  initial,
  problem,
  onChange,
}: {
  path: string;
  initial: string;
  problem: string | undefined;
  onChange: (values: string[]) => void;
}) {
  const { t } = useTranslation('organizer');
  const [text, setText] = useState(initial);
  return (
    <TextField
      label={t('formChoices.whenValues')}
      name={`${path}.showWhen.in`}
      help={t('formChoices.whenValuesHelp')}
      problem={problem}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(
          e.target.value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean),
        );
      }}
    />
  );
}
