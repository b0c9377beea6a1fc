import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Pending } from '../../ui/problem';
import { currentLanguage } from '../../i18n/i18n';
import { useAssignment, useReferenceData } from '../judge-queries';
import { progressOf } from '../rounds/workload-rounds';
import { JudgeAttachments } from './judge-attachments';
import { EarlierRounds } from './earlier-rounds';
import { EntryAnswers } from './entry-answers';
import { PROFILE_FIELDS, profileText, type ShownEntry } from './dossier-types';
import { AssignmentUnavailable } from './unavailable';
import { localName } from '../../organizer/judging/local-name';
import { sheetLock } from '../../ui/rubric-sheet/sheet-lock';

/** The dossier of one assignment: the declared profile, the entry as the round shows it, my attachments. */
export default function AssignmentPage() {
  const { t } = useTranslation('judge');
  const { assignmentId = '' } = useParams();
  const found = useAssignment(assignmentId);
  const reference = useReferenceData();
  if (found.error) return <AssignmentUnavailable error={found.error} retry={() => void found.refetch()} />;
  if (!found.data) return <Pending />;
  const { assignment, dossier, entry, attachmentSlots, attachments, sheet, earlierRounds, rubric } =
    found.data;
  const profile = dossier as Record<string, unknown>;
  const progress = progressOf(assignment);
  // The Chinese legal name when the dossier shows one; otherwise the English, marked for screen readers.
  const zhName = typeof profile.legalNameZh === 'string' ? profile.legalNameZh : null;
  const name = localName(assignment.enterpriseName, zhName, currentLanguage());
  return (
    <article aria-labelledby="dossier-title" className="judge-page">
      <p className="judge-breadcrumb">
        <Link to="/judge">{t('backToRounds')}</Link> · {assignment.roundName}
      </p>
      <h1 id="dossier-title" lang={name.lang}>
        {name.text}
      </h1>
      <p className="actions">
        <Link className="button primary" to={`/judge/assignments/${assignmentId}/sheet`}>
          {progress === 'submitted' ? t('dossier.viewSheet') : t('dossier.scoreSheet')}
        </Link>
        <span className={`badge ${progress === 'submitted' ? 'badge-good' : 'badge-muted'}`}>
          {t(`progress.${progress}`)}
        </span>
      </p>
      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t('dossier.profile')}</h2>
        <dl className="facts">
          {PROFILE_FIELDS.map((key) => {
            const text = profileText(key, profile[key], reference.data, currentLanguage());
            return text === null ? null : (
              <div key={key}>
                <dt>{t(`profile.${key}`)}</dt>
                <dd>{text}</dd>
              </div>
            );
          })}
        </dl>
        <p className="judge-muted">{t('dossier.noContacts')}</p>
      </section>
      <section aria-labelledby="entry-title">
        <h2 id="entry-title">{t('dossier.entry')}</h2>
        <EntryAnswers assignmentId={assignmentId} entry={entry as ShownEntry | null} />
      </section>
      <EarlierRounds rounds={earlierRounds} bands={rubric.bands} />
      {attachmentSlots.length > 0 ? (
        <JudgeAttachments
          assignmentId={assignmentId}
          slots={attachmentSlots}
          attachments={attachments}
          locked={sheetLock(sheet.sheet?.state, assignment.roundState) !== null}
        />
      ) : null}
    </article>
  );
}
