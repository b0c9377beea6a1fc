import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn, useLanguage, type ReferenceEntry } from '../enterprise-queries';

/** The kinds of service the contact centre offers: any number of boxes, from the reference data. */
export function BusinessTypesField(props: {
  options: ReferenceEntry[];
  value: string[];
  onChange: (value: string[]) => void;
  problem?: string;
}) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const id = useId();
  const toggle = (code: string, on: boolean) =>
    props.onChange(on ? [...props.value, code] : props.value.filter((c) => c !== code));
  return (
    <fieldset
      className={props.problem ? 'field choice-group field-invalid' : 'field choice-group'}
      aria-describedby={props.problem ? `${id}-problem` : `${id}-help`}
    >
      <legend>{t('profile.businessTypes')}</legend>
      <p className="field-help" id={`${id}-help`}>
        {t('profile.businessTypesHelp')}
      </p>
      {props.options.map((o) => (
        <label key={o.code} className="choice">
          <input
            type="checkbox"
            name="businessTypes"
            value={o.code}
            checked={props.value.includes(o.code)}
            onChange={(e) => toggle(o.code, e.target.checked)}
          />
          {nameIn(o, language)}
        </label>
      ))}
      {props.problem ? (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          {props.problem}
        </p>
      ) : null}
    </fieldset>
  );
}
