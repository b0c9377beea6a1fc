import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';

interface FieldShell {
  label: ReactNode;
  /** The API's field name, so a refusal naming it is shown here. */
  name: string;
  error?: ApiError | null;
  /** A problem found before sending (the API's own message is preferred when both exist). */
  problem?: string;
  help?: ReactNode;
  required?: boolean;
}

/** The attributes that tie a control to its label, help and problem. */
interface ControlWiring {
  id: string;
  name: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * A labelled control with its help and its problem, wired for screen readers: the problem is announced
 * (role=alert), the control says it is invalid and points at the problem and the help.
 */
function FieldFrame(props: FieldShell & { children: (wiring: ControlWiring) => ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const problem = props.error?.problemFor(props.name) ?? props.problem;
  const helpId = props.help ? `${id}-help` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const describedBy = [problemId, helpId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={problem ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span className="field-required"> ({t('required')})</span> : null}
      </label>
      {props.help ? (
        <p className="field-help" id={helpId}>
          {props.help}
        </p>
      ) : null}
      {props.children({
        id,
        name: props.name,
        required: props.required,
        'aria-invalid': problem ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {problem ? (
        <p className="field-problem" id={problemId} role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(props: FieldShell & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  const { label, name, error, problem, help, required, ...input } = props;
  return (
    <FieldFrame {...{ label, name, error, problem, help, required }}>
      {(wiring) => <input {...input} {...wiring} />}
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldShell & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  const { label, name, error, problem, help, required, ...input } = props;
  return (
    <FieldFrame {...{ label, name, error, problem, help, required }}>
      {(wiring) => <textarea {...input} {...wiring} />}
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldShell & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'> & { children: ReactNode },
) {
  const { label, name, error, problem, help, required, children, ...select } = props;
  return (
    <FieldFrame {...{ label, name, error, problem, help, required }}>
      {(wiring) => (
        <select {...select} {...wiring}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
