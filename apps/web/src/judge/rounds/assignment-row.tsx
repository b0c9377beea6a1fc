import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkloadItem } from '../judge-queries';
import { ConflictForm } from './conflict-form';
import { progressOf } from './workload-rounds';

const BADGE = { 'not-started': 'badge-muted', draft: 'badge-warn', submitted: 'badge-good' } as const;

/** One assignment: the enterprise, how far my sheet is, the way in, and the way out (a conflict). */
export function AssignmentRow({
  assignment,
  onDeclared,
}: {
  assignment: WorkloadItem;
  onDeclared: (enterpriseName: string) => void;
}) {
  const { t } = useTranslation('judge');
  const [declaring, setDeclaring] = useState(false);
  const progress = progressOf(assignment);
  const base = `/judge/assignments/${assignment.assignmentId}`;
  return (
    <li className="judge-assignment">
      <div className="judge-assignment-head">
        <span className="judge-assignment-name">{assignment.enterpriseName}</span>
        <span className={`badge ${BADGE[progress]}`}>{t(`progress.${progress}`)}</span>
      </div>
      <div className="actions">
        <Link to={base}>{t('rounds.openDossier', { name: assignment.enterpriseName })}</Link>
        <Link to={`${base}/sheet`}>
          {progress === 'submitted'
            ? t('rounds.viewSheet', { name: assignment.enterpriseName })
            : t('rounds.scoreSheet', { name: assignment.enterpriseName })}
        </Link>
        {!declaring ? (
          <button type="button" className="link-button" onClick={() => setDeclaring(true)}>
            {t('conflict.open', { name: assignment.enterpriseName })}
          </button>
        ) : null}
      </div>
      {declaring ? (
        <ConflictForm assignment={assignment} onCancel={() => setDeclaring(false)} onDeclared={onDeclared} />
      ) : null}
    </li>
  );
}
