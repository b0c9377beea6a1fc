import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Pending } from '../../ui/problem';
import { AssignmentUnavailable } from '../assignment/unavailable';
import { useAssignment, type AssignmentDossier } from '../judge-queries';
import { ScoreSheet } from './score-sheet';
import { currentLanguage } from '../../i18n/i18n';
import { localName } from '../../organizer/judging/local-name';

/** The score sheet of one assignment, loaded with its rubric and my draft or submitted sheet. */
export default function ScoreSheetPage() {
  const { assignmentId = '' } = useParams();
  const found = useAssignment(assignmentId);
  const queryClient = useQueryClient();
  if (found.error) return <AssignmentUnavailable error={found.error} retry={() => void found.refetch()} />;
  if (!found.data) return <Pending />;
  return (
    <SheetFrame dossier={found.data}>
      <ScoreSheet
        // A sheet submitted elsewhere or reopened by an organizer starts over from what the API holds.
        key={`${found.data.sheet.sheet?.state ?? 'none'}-${found.data.sheet.sheet?.revision ?? 0}`}
        dossier={found.data}
        onSubmitted={() => void queryClient.invalidateQueries({ queryKey: ['judge'] })}
      />
    </SheetFrame>
  );
}

function SheetFrame({ dossier, children }: { dossier: AssignmentDossier; children: React.ReactNode }) {
  const { t } = useTranslation('judge');
  const { assignment } = dossier;
  const zhName = (dossier.dossier as Record<string, unknown>).legalNameZh;
  const name = localName(
    assignment.enterpriseName,
    typeof zhName === 'string' ? zhName : null,
    currentLanguage(),
  );
  return (
    <article aria-labelledby="sheet-title" className="judge-page judge-sheet-page">
      <p className="judge-breadcrumb">
        <Link to="/judge">{t('backToRounds')}</Link> ·{' '}
        <Link to={`/judge/assignments/${assignment.assignmentId}`}>{t('sheet.backToDossier')}</Link>
      </p>
      <h1 id="sheet-title">{t('sheet.title', { name: name.text })}</h1>
      <p className="judge-muted">{assignment.roundName}</p>
      {children}
    </article>
  );
}
