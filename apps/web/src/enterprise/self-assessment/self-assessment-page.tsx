import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../format/format';
import { Pending } from '../../ui/problem';
import { RubricSheet } from '../../ui/rubric-sheet/rubric-sheet';
import { sheetLock } from '../../ui/rubric-sheet/sheet-lock';
import { nameIn, useCampaigns, useLanguage, useMyEnterprise } from '../enterprise-queries';
import { selfAssessmentsKey, useSelfAssessments } from './self-assessment-queries';

/**
 * The enterprise's self-assessment of one round: the judges' score sheet, filled in by the entrant about itself,
 * saved as a draft while it types and locked once submitted.
 */
export default function SelfAssessmentPage() {
  const { roundId = '' } = useParams();
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const queryClient = useQueryClient();
  const mine = useMyEnterprise();
  const found = useSelfAssessments(mine.data?.id);
  const campaigns = useCampaigns();
  const error = mine.error ?? found.error;
  if (error || mine.isPending || (mine.data && found.isPending))
    return <Pending error={error} retry={() => void found.refetch()} />;
  const assessment = found.data?.find((s) => s.round.id === roundId && s.round.state !== 'draft');
  if (!assessment)
    return (
      <section aria-labelledby="self-title">
        <h1 id="self-title">{t('selfAssessment.notFound')}</h1>
        <Link to="/enterprise">{t('selfAssessment.back')}</Link>
      </section>
    );
  const { round, entrantId } = assessment;
  const stored = assessment.sheet.sheet;
  const campaign = campaigns.data?.find((c) => c.id === round.campaignId);
  const category = campaign?.categories.find((c) => c.id === round.categoryId);
  const timeZone = campaign?.timeZone ?? 'Asia/Shanghai';
  const lock = sheetLock(stored?.state, round.state);
  const path = { params: { path: { roundId: round.id, entrantId } } };
  return (
    <article aria-labelledby="self-title" className="judge-page judge-sheet-page">
      <p className="judge-breadcrumb">
        <Link to="/enterprise">{t('selfAssessment.back')}</Link>
      </p>
      <h1 id="self-title">{t('selfAssessment.title', { round: round.name })}</h1>
      <p className="judge-muted">
        {campaign?.name}
        {category ? ` · ${nameIn(category, language)}` : null}
      </p>
      {!lock ? (
        <>
          <p>{t('selfAssessment.intro')}</p>
          <p>
            <strong>
              {round.closesAt
                ? t('selfAssessment.due', { date: formatDateTime(round.closesAt, timeZone, language) })
                : t('selfAssessment.noDeadline')}
            </strong>
          </p>
        </>
      ) : null}
      <RubricSheet
        // Submitted here or elsewhere: the sheet starts over from what the API holds.
        key={`${stored?.state ?? 'none'}-${stored?.revision ?? 0}-${round.state}`}
        rubric={assessment.rubric}
        stored={stored}
        locked={lock !== null}
        lockedNotice={
          lock === 'submitted' && stored
            ? t('selfAssessment.submittedOn', {
                date: formatDateTime(stored.submittedAt, timeZone, language),
              })
            : t('selfAssessment.roundNotOpen')
        }
        submitLead={t('selfAssessment.submitLead')}
        save={(draft) =>
          unwrap(api.PUT('/rounds/{roundId}/entrants/{entrantId}/self-assessment', { ...path, body: draft }))
        }
        submit={() => unwrap(api.POST('/rounds/{roundId}/entrants/{entrantId}/self-assessment/submit', path))}
        onSubmitted={() =>
          void queryClient.invalidateQueries({ queryKey: selfAssessmentsKey(mine.data?.id ?? '') })
        }
      />
    </article>
  );
}
