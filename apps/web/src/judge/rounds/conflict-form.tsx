import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/api-error';
import { TextAreaField } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem';
import { assignmentKey, workloadKey, type WorkloadItem } from '../judge-queries';

/**
 * Declaring a conflict of interest: the reason the API asks for, then a confirmation, because it ends the
 * assignment at once (a submitted sheet keeps counting, flagged to the organizers).
 */
export function ConflictForm({
  assignment,
  onCancel,
  onDeclared,
}: {
  assignment: WorkloadItem;
  onCancel: () => void;
  onDeclared: (enterpriseName: string) => void;
}) {
  const { t } = useTranslation('judge');
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [confirming]);
  const declare = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/judging/conflicts', { body: { enterpriseId: assignment.enterpriseId, reason } })),
    onSuccess: async () => {
      onDeclared(assignment.enterpriseName);
      queryClient.removeQueries({ queryKey: assignmentKey(assignment.assignmentId) });
      await queryClient.invalidateQueries({ queryKey: workloadKey });
    },
  });
  const error = declare.error instanceof ApiError ? declare.error : null;
  return (
    <form
      className="judge-conflict"
      aria-labelledby={`conflict-${assignment.assignmentId}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!confirming) {
          if (reason.trim() === '') return setMissing(true);
          setMissing(false);
          return setConfirming(true);
        }
        declare.mutate();
      }}
    >
      <h4 id={`conflict-${assignment.assignmentId}`} tabIndex={-1} ref={heading}>
        {confirming ? t('conflict.confirmTitle') : t('conflict.title', { name: assignment.enterpriseName })}
      </h4>
      {confirming ? (
        <>
          <p>{t('conflict.consequence', { name: assignment.enterpriseName })}</p>
          <p className="judge-quote">
            {t('conflict.yourReason')} {reason}
          </p>
        </>
      ) : (
        <TextAreaField
          label={t('conflict.reason')}
          help={t('conflict.reasonHelp')}
          name="reason"
          required
          rows={3}
          maxLength={2000}
          value={reason}
          error={error}
          problem={missing ? t('conflict.reasonMissing') : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      )}
      <ProblemMessage error={declare.error} />
      <div className="actions">
        <button type="submit" className={confirming ? 'danger' : 'primary'} disabled={declare.isPending}>
          {confirming ? t('conflict.confirm') : t('conflict.next')}
        </button>
        <button type="button" onClick={confirming ? () => setConfirming(false) : onCancel}>
          {confirming ? t('conflict.back') : t('conflict.cancel')}
        </button>
      </div>
    </form>
  );
}
