import type { AnswerValue } from '@entry-rules/form-definition';
import type { Field, ShownAnswer } from './entry-answers';

/** What the entry page gives each field: its definition, answer, and the means to change and save it. */
export interface FieldProps {
  field: Field;
  value: ShownAnswer | undefined;
  editable: boolean;
  /** The API's or the page's problem with this field, shown beside it. */
  problem?: string;
  /** The answer changed on the page (conditions follow it at once); not yet saved. */
  onLocalChange: (value: AnswerValue) => void;
  /** Save this answer as the draft's. */
  onSave: (value: AnswerValue) => void;
}
