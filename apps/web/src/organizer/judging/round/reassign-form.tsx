import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { SelectField, TextField } from '../../../ui/field';
import { ProblemMessage } from '../../../ui/problem';
import { formText } from '../form-text';
import type { Round } from './round-summary';
import { usePanel, useRoundAction } from './round-data';

type Assignment = components['schemas']['AssignmentResponseDto'];

/**
 * Hands one active assignment to another panel judge. Only judges who could take it are offered: not the one
 * holding it, nor one already scoring that entrant (a second sheet from the same judge would be refused).
 */
export function ReassignForm(props: { round: Round; active: Assignment[]; names: Map<string, string> }) {
  const { round, active, names } = props;
  const { t } = useTranslation('organizerJudging');
  const panel = usePanel(round.id);
  const [chosenId, setChosenId] = useState('');
  const chosen = active.find((a) => a.id === chosenId) ?? active[0];
  const busy = new Set(active.filter((a) => a.entrantId === chosen?.entrantId).map((a) => a.judgeId));
  const candidates = panel.data?.filter((m) => !busy.has(m.judgeId)) ?? [];
  const reassign = useRoundAction(
    round.id,
    (input: { assignmentId: string; judgeId: string; reason: string }) =>
      unwrap(
        api.POST('/rounds/{roundId}/assignments/{assignmentId}/reassign', {
          params: { path: { roundId: round.id, assignmentId: input.assignmentId } },
          body: { judgeId: input.judgeId, reason: input.reason },
        }),
      ),
  );
  const error = reassign.error instanceof ApiError ? reassign.error : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    reassign.mutate({
      assignmentId: formText(form, 'assignmentId'),
      judgeId: formText(form, 'judgeId'),
      reason: formText(form, 'reason'),
    });
  }

  return (
    <form onSubmit={submit} aria-labelledby="reassign">
      <h3 id="reassign">{t('assignments.reassignTitle')}</h3>
      <ProblemMessage error={reassign.error} />
      {reassign.isSuccess ? (
        <p className="notice" role="status">
          {t('assignments.reassigned')}
        </p>
      ) : null}
      <SelectField
        label={t('assignments.which')}
        name="assignmentId"
        error={error}
        value={chosen?.id ?? ''}
        onChange={(e) => {
          setChosenId(e.target.value);
          reassign.reset();
        }}
      >
        {active.map((a) => (
          <option key={a.id} value={a.id}>
            {`${names.get(a.entrantId) ?? '—'} · ${a.judgeName}`}
          </option>
        ))}
      </SelectField>
      {candidates.length > 0 ? (
        <>
          <SelectField label={t('assignments.newJudge')} name="judgeId" error={error} key={chosen?.id}>
            {candidates.map((m) => (
              <option key={m.judgeId} value={m.judgeId}>
                {m.displayName}
              </option>
            ))}
          </SelectField>
          <TextField label={t('reason')} name="reason" error={error} required />
          <div className="actions">
            <button type="submit" disabled={reassign.isPending}>
              {t('assignments.reassign')}
            </button>
          </div>
        </>
      ) : (
        <p className="notice">{t('assignments.noOtherJudge')}</p>
      )}
    </form>
  );
}
