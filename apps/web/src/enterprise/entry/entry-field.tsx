import { ChoiceAnswerField } from './choice-answer-field';
import { isDocuments, type EntryDocument } from './entry-answers';
import type { FieldProps } from './field-props';
import { FileField } from './file-field';
import { SaveState, type SaveStatus } from './save-state';
import { TableAnswerField } from './table-answer-field';
import { TextAnswerField } from './text-answer-field';

/** One field of the entry form, drawn by its type, with whether its answer is saved. */
export function EntryField(
  props: FieldProps & {
    candidacyId: string;
    status: SaveStatus;
    onDocuments: (documents: EntryDocument[]) => void;
  },
) {
  const { field } = props;
  if (field.type === 'file')
    return (
      <FileField
        candidacyId={props.candidacyId}
        field={field}
        documents={isDocuments(props.value) ? props.value : []}
        editable={props.editable}
        problem={props.problem}
        onChange={props.onDocuments}
      />
    );
  const Control =
    field.type === 'single-choice' || field.type === 'multiple-choice'
      ? ChoiceAnswerField
      : field.type === 'table'
        ? TableAnswerField
        : TextAnswerField;
  return (
    <div className="entry-field" data-field={field.key}>
      <Control {...props} />
      <SaveState status={props.status} />
    </div>
  );
}
