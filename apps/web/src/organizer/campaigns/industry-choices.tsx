import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { currentLanguage } from '../../i18n/i18n';
import { useReferenceData } from './campaign-data';

/** The industries in scope as checkboxes in a fieldset, with the API's problem for `industryCodes` beside it. */
export function IndustryChoices({
  value,
  onChange,
  error,
  disabled,
}: {
  value: string[];
  onChange: (codes: string[]) => void;
  error?: ApiError | null;
  disabled?: boolean;
}) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const reference = useReferenceData();
  const problem = error?.problemFor('industryCodes');
  return (
    <fieldset className="choices" aria-describedby={problem ? 'industry-codes-problem' : undefined}>
      <legend>{t('create.industries')}</legend>
      {(reference.data?.industries ?? []).map((industry) => (
        <label key={industry.code} className="choice">
          <input
            type="checkbox"
            name="industryCodes"
            value={industry.code}
            checked={value.includes(industry.code)}
            disabled={disabled}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...value, industry.code] : value.filter((c) => c !== industry.code),
              )
            }
          />{' '}
          {language === 'zh' ? industry.nameZh : industry.name}
        </label>
      ))}
      {problem ? (
        <p className="field-problem" id="industry-codes-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
