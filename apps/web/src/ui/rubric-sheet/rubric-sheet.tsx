import type { RubricContent } from '@rubric-maths/rubric';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../../api/api-error';
import { currentLanguage } from '../../i18n/i18n';
import { scoresAsTyped, typedValues } from './score-input';
import { SheetCategory } from './sheet-category';
import { sheetSummary } from './sheet-summary';
import { SheetSummaryAside } from './sheet-summary-aside';
import { SubmitDialog } from './submit-dialog';
import { useSheetAutosave, type SaveDraft } from './use-sheet-autosave';

/** A sheet as the API stores it (a judge's score sheet or an entrant's self-assessment). */
export interface StoredSheet {
  state: string;
  values?: Record<string, number> | null;
  comments?: Record<string, string> | null;
  updatedAt?: string;
}

/** The problems the API named, by item code (`values.<code>`), in the reader's language already. */
function apiProblems(error: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  if (error instanceof ApiError)
    for (const p of error.fieldProblems)
      if (p.field.startsWith('values.')) found[p.field.slice('values.'.length)] = p.message;
  return found;
}

/**
 * A rubric's sheet: typed scores by category with guidance, live figures by the server's own maths, autosave
 * of the draft, and a submission after a last look. The judge's score sheet and the entrant's self-assessment
 * are this sheet; each says how it saves, submits and reads when locked.
 */
export function RubricSheet(props: {
  rubric: RubricContent;
  stored: StoredSheet | null;
  locked: boolean;
  /** Said above the sheet when it is locked (submitted on…, or the round is not open). */
  lockedNotice: ReactNode;
  /** What submitting means for this sheet, in the confirmation. */
  submitLead: string;
  save: SaveDraft;
  submit: () => Promise<unknown>;
  onSubmitted: () => void;
}) {
  const lang = currentLanguage();
  const { rubric, stored, locked } = props;
  const [typed, setTyped] = useState(() => scoresAsTyped(stored?.values));
  const [comments, setComments] = useState<Record<string, string>>(() => ({ ...(stored?.comments ?? {}) }));
  const [reviewing, setReviewing] = useState(false);
  const [missingShown, setMissingShown] = useState(false);
  const autosave = useSheetAutosave(props.save, stored?.updatedAt ?? null);
  const summary = useMemo(() => sheetSummary(rubric, typedValues(typed)), [rubric, typed]);

  const submit = useMutation({
    mutationFn: props.submit,
    onSuccess: () => {
      setReviewing(false);
      props.onSubmitted();
    },
  });
  const serverProblems = {
    ...apiProblems(autosave.state.kind === 'failed' ? autosave.state.error : null),
    ...apiProblems(submit.error),
  };
  const problemOf = (code: string) => summary.problems[code]?.[lang] ?? serverProblems[code];

  const draftOf = (nextTyped: Record<string, string>, nextComments: Record<string, string>) => {
    const values = typedValues(nextTyped);
    const problems = sheetSummary(rubric, values).problems;
    // A value the rubric refuses stays on the page, named beside its item, and out of the saved draft.
    for (const code of Object.keys(problems)) delete values[code];
    const kept = Object.fromEntries(Object.entries(nextComments).filter(([, text]) => text.trim() !== ''));
    return { values, comments: kept };
  };
  const onScore = (code: string, text: string) => {
    const next = { ...typed, [code]: text };
    setTyped(next);
    autosave.schedule(draftOf(next, comments));
  };
  const onComment = (category: string, text: string) => {
    const next = { ...comments, [category]: text };
    setComments(next);
    autosave.schedule(draftOf(typed, next));
  };
  const missing = rubric.categories
    .flatMap((c) => c.items)
    .filter((i) => typedValues(typed)[i.code] === undefined || summary.problems[i.code]);
  const review = async () => {
    if (missing.length > 0) {
      setMissingShown(true);
      document.getElementById(`score-${missing[0].code}`)?.focus();
      return;
    }
    setMissingShown(false);
    submit.reset();
    if (await autosave.flush()) setReviewing(true);
  };

  return (
    <div className="judge-sheet">
      {locked ? (
        <p className="notice judge-locked" role="status">
          {props.lockedNotice}
        </p>
      ) : null}
      <form className="judge-sheet-form" noValidate onSubmit={(e) => e.preventDefault()}>
        {rubric.categories.map((category, i) => (
          <SheetCategory
            key={category.code}
            category={category}
            summary={summary.categories[i]}
            typed={typed}
            comment={comments[category.code] ?? ''}
            problemOf={problemOf}
            readOnly={locked}
            onScore={onScore}
            onComment={(text) => onComment(category.code, text)}
          />
        ))}
      </form>
      <SheetSummaryAside
        rubric={rubric}
        summary={summary}
        locked={locked}
        save={autosave.state}
        retrySave={autosave.retry}
        missing={missing}
        missingShown={missingShown}
        onReview={() => void review()}
      />
      {reviewing ? (
        <SubmitDialog
          rubric={rubric}
          summary={summary}
          lead={props.submitLead}
          submitting={submit.isPending}
          error={submit.error}
          onConfirm={() => submit.mutate()}
          onClose={() => setReviewing(false)}
        />
      ) : null}
    </div>
  );
}
