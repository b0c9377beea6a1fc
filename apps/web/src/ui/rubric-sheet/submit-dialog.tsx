import type { RubricContent } from '@rubric-maths/rubric';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../problem';
import { CategoryTable, SummaryFigures } from './sheet-summary-panel';
import type { SheetSummary } from './sheet-summary';

/** The last look before a sheet locks: its figures, and an explicit "submit" or "back". */
export function SubmitDialog(props: {
  rubric: RubricContent;
  summary: SheetSummary;
  /** What submitting means for this sheet (it locks; where it counts). */
  lead: string;
  submitting: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('rubricSheet');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="judge-dialog" aria-labelledby="submit-title" onClose={props.onClose}>
      <h2 id="submit-title">{t('submit.title')}</h2>
      <p>{props.lead}</p>
      <SummaryFigures rubric={props.rubric} summary={props.summary} />
      <CategoryTable rubric={props.rubric} summary={props.summary} />
      <ProblemMessage error={props.error} />
      <div className="actions">
        <button type="button" className="primary" disabled={props.submitting} onClick={props.onConfirm}>
          {props.submitting ? t('submit.submitting') : t('submit.confirm')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('submit.back')}
        </button>
      </div>
    </dialog>
  );
}
