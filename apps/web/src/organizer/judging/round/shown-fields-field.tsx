import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { Pending } from '../../../ui/problem';
import { useLanguage } from '../use-campaign';

type FormInForce = components['schemas']['FormInForceResponseDto'];

/**
 * The entry form a category asks for, at the version in force; null when it asks for none (the API answers
 * 404). Same key as the set-up page's, so both read one answer.
 */
export function useFormInForce(campaignId: string, categoryId: string) {
  return useQuery({
    queryKey: ['entry-form-in-force', campaignId, categoryId],
    queryFn: (): Promise<FormInForce | null> =>
      unwrap(
        api.GET('/campaigns/{campaignId}/categories/{categoryId}/entry-form', {
          params: { path: { campaignId, categoryId } },
        }),
      ).catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }),
  });
}

/** The keys of the form's fields, in form order. */
export function formFieldKeys(form: FormInForce): string[] {
  return form.definition.sections.flatMap((s) => s.fields.map((f) => f.key));
}

/**
 * Which entry fields judges see: a box per field of the form in force, by its label, grouped by the form's
 * sections. No box ticked shows every field. A refusal naming `materials.shownFields[i]` shows below.
 */
export function ShownFieldsField(props: {
  form: ReturnType<typeof useFormInForce>;
  value: string[];
  onChange: (value: string[]) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation('organizerJudging');
  const language = useLanguage();
  const id = useId();
  const { form } = props;
  if (form.data === undefined) return <Pending error={form.error} retry={() => void form.refetch()} />;
  if (form.data === null) return <p>{t('materials.noForm')}</p>;
  const order = formFieldKeys(form.data);
  const toggle = (key: string, on: boolean) => {
    const chosen = new Set(props.value);
    if (on) chosen.add(key);
    else chosen.delete(key);
    props.onChange(order.filter((k) => chosen.has(k)));
  };
  const problems = (props.error?.fieldProblems ?? []).filter((p) =>
    p.field.startsWith('materials.shownFields'),
  );
  return (
    <fieldset
      className={problems.length > 0 ? 'field choice-group field-invalid' : 'field choice-group'}
      aria-describedby={[`${id}-help`, problems.length > 0 ? `${id}-problem` : ''].join(' ').trim()}
    >
      <legend>{t('materials.shownFields')}</legend>
      <p className="field-help" id={`${id}-help`}>
        {t('materials.shownFieldsHelp')}{' '}
        <span role="status">
          {props.value.length === 0
            ? t('materials.everyField')
            : t('materials.someFields', { count: props.value.length, total: order.length })}
        </span>
      </p>
      {form.data.definition.sections.map((section) => (
        <fieldset key={section.key} className="choice-group shown-fields-section">
          <legend>{section.title[language]}</legend>
          {section.fields.map((field) => (
            <label key={field.key} className="choice">
              <input
                type="checkbox"
                name="materials.shownFields"
                value={field.key}
                checked={props.value.includes(field.key)}
                onChange={(e) => toggle(field.key, e.target.checked)}
              />
              {field.type === 'file'
                ? t('materials.fileField', { label: field.label[language] })
                : field.label[language]}
            </label>
          ))}
        </fieldset>
      ))}
      {problems.length > 0 ? (
        <div className="field-problem" id={`${id}-problem`} role="alert">
          {problems.map((p) => (
            <p key={p.field}>{p.message}</p>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
