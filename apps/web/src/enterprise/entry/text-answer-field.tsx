import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../ui/field';
import { formatNumber } from '../../format/format';
import { inLanguage, useLanguage } from '../enterprise-queries';
import { answerText, typedAnswer, type Field } from './entry-answers';
import type { FieldProps } from './field-props';

const INPUT_TYPE = {
  'short-text': 'text',
  number: 'text',
  date: 'date',
  url: 'url',
  email: 'email',
} as const;

/** The limits a field states, in words, so nobody learns them from a refusal. */
function useLimits(field: Field): string {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const n = (v: number) => formatNumber(v, language);
  if (field.type === 'number') {
    const parts = [field.integer ? t('entry.wholeNumber') : t('entry.aNumber')];
    if (field.min !== undefined && field.max !== undefined)
      parts.push(t('entry.between', { min: n(field.min), max: n(field.max) }));
    else if (field.min !== undefined) parts.push(t('entry.atLeast', { min: n(field.min) }));
    else if (field.max !== undefined) parts.push(t('entry.atMost', { max: n(field.max) }));
    return parts.join(', ');
  }
  if (field.type === 'short-text' || field.type === 'long-text') {
    if (field.minLength && field.maxLength)
      return t('entry.charsBetween', { min: n(field.minLength), max: n(field.maxLength) });
    if (field.maxLength) return t('entry.charsAtMost', { max: n(field.maxLength) });
  }
  if (field.type === 'url') return t('entry.urlHint');
  if (field.type === 'date') return t('entry.dateHint');
  return '';
}

/** Short and long text, number, date, web address and email: typed freely, saved when the person moves on. */
export function TextAnswerField({ field, value, editable, problem, onLocalChange, onSave }: FieldProps) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const [text, setText] = useState(() => answerText(value));
  const [dirty, setDirty] = useState(false);
  const [localProblem, setLocalProblem] = useState<string | undefined>();
  const limits = useLimits(field);
  const help = [field.help ? inLanguage(field.help, language) : '', limits].filter(Boolean).join(' · ');
  const label = inLanguage(field.label, language);

  const change = (next: string) => {
    setText(next);
    setDirty(true);
    const typed = typedAnswer(field, next);
    if ('value' in typed) onLocalChange(typed.value);
  };
  const commit = () => {
    if (!dirty) return;
    const typed = typedAnswer(field, text);
    if ('problem' in typed) {
      setLocalProblem(t(`entry.${typed.problem}`));
      return;
    }
    setLocalProblem(undefined);
    setDirty(false);
    onSave(typed.value);
  };
  const shared = {
    label,
    name: field.key,
    help: help || undefined,
    problem: localProblem ?? problem,
    required: field.required,
    value: text,
    readOnly: !editable,
    onBlur: commit,
  };

  if (field.type === 'long-text')
    return (
      <>
        <TextAreaField
          {...shared}
          rows={6}
          maxLength={field.maxLength}
          onChange={(e) => change(e.target.value)}
        />
        {field.maxLength ? (
          <p className="char-count" aria-live="off">
            {t('entry.charCount', { count: [...text].length, max: field.maxLength })}
          </p>
        ) : null}
      </>
    );
  const type = field.type as keyof typeof INPUT_TYPE;
  return (
    <TextField
      {...shared}
      type={INPUT_TYPE[type] ?? 'text'}
      inputMode={field.type === 'number' ? (field.integer ? 'numeric' : 'decimal') : undefined}
      maxLength={field.maxLength}
      autoComplete={field.type === 'email' ? 'email' : 'off'}
      onChange={(e) => change(e.target.value)}
    />
  );
}
