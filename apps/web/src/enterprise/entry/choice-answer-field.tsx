import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage, useLanguage } from '../enterprise-queries';
import type { FieldProps } from './field-props';

/** A single choice (radio buttons) or a multiple choice (boxes): saved as soon as a choice is made. */
export function ChoiceAnswerField({ field, value, editable, problem, onLocalChange, onSave }: FieldProps) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const id = useId();
  const multiple = field.type === 'multiple-choice';
  const chosen = Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : typeof value === 'string'
      ? [value]
      : [];
  const limits =
    multiple && (field.minChoices || field.maxChoices)
      ? t('entry.choices', {
          min: field.minChoices ?? 0,
          max: field.maxChoices ?? field.options?.length ?? 0,
        })
      : '';
  const help = [field.help ? inLanguage(field.help, language) : '', limits].filter(Boolean).join(' · ');

  const choose = (option: string, on: boolean) => {
    const next = multiple
      ? on
        ? [...chosen, option]
        : chosen.filter((c) => c !== option)
      : on
        ? option
        : null;
    onLocalChange(next);
    onSave(next);
  };

  return (
    <fieldset
      className={problem ? 'field choice-group field-invalid' : 'field choice-group'}
      aria-describedby={
        [problem ? `${id}-problem` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ') || undefined
      }
    >
      <legend>
        {inLanguage(field.label, language)}
        {field.required ? <span className="field-required"> ({t('common:required')})</span> : null}
      </legend>
      {help ? (
        <p className="field-help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {(field.options ?? []).map((o) => (
        <label key={o.value} className="choice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={field.key}
            value={o.value}
            checked={chosen.includes(o.value)}
            disabled={!editable}
            onChange={(e) => choose(o.value, e.target.checked)}
          />
          {inLanguage(o.label, language)}
        </label>
      ))}
      {problem ? (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
