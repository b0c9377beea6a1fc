import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { TextField } from '../../ui/field';
import { typedCreditCodeProblem } from './typed-credit-code';

/**
 * The unified social credit code, checked as it is typed with the server's own checksum: a mistyped character
 * is flagged before anything is sent. Nothing is said while the code is still being typed (under 18).
 */
export function CreditCodeField(props: {
  value: string;
  onChange: (value: string) => void;
  error: ApiError | null;
  /** Found when the form was sent (a code too short, say). */
  problem?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation('enterprise');
  const code = props.value;
  const problem = typedCreditCodeProblem(code);
  const shown = problem ? t(`profile.creditCodeProblems.${problem}`) : props.problem;
  const complete = code.length === 18 && problem === null;
  return (
    <TextField
      label={t('profile.creditCode')}
      help={complete ? t('profile.creditCodeValid') : t('profile.creditCodeHelp')}
      name="creditCode"
      error={props.error}
      problem={shown}
      value={code}
      onChange={(e) => props.onChange(e.target.value.toUpperCase().replace(/\s/g, ''))}
      autoComplete="off"
      spellCheck={false}
      maxLength={24}
      disabled={props.disabled}
      required
    />
  );
}
