import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { ApiError } from '../../api/api-error';
import { formatDateTime } from '../../format/format';
import { Pending, ProblemMessage } from '../../ui/problem';
import { KEYS, nameIn, useCampaigns, useCandidacies, useLanguage } from '../enterprise-queries';
import { AfterAnnouncement } from '../results/after-announcement';
import { StandingCard } from '../results/standing-card';
import { SelfAssessmentList } from '../self-assessment/self-assessment-list';
import { CandidacyBadge } from './candidacy-badge';

/** One candidacy: where it stands, the organizers' decision and reason, its entry, and withdrawing. */
export default function CandidacyPage() {
  const { campaignId = '', candidacyId = '' } = useParams();
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const queryClient = useQueryClient();
  const campaigns = useCampaigns();
  const candidacies = useCandidacies(campaignId);
  const [error, setError] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState(false);

  if (campaigns.isPending || candidacies.isPending || campaigns.error || candidacies.error)
    return <Pending error={campaigns.error ?? candidacies.error} retry={() => void candidacies.refetch()} />;
  const campaign = campaigns.data.find((c) => c.id === campaignId);
  const candidacy = candidacies.data.find((c) => c.id === candidacyId);
  if (!campaign || !candidacy)
    return (
      <section aria-labelledby="candidacy-title">
        <h1 id="candidacy-title">{t('candidacy.notFound')}</h1>
        <Link to="/enterprise/campaigns">{t('candidacy.toCampaigns')}</Link>
      </section>
    );
  const category = campaign.categories.find((c) => c.id === candidacy.categoryId);
  const categoryName = category ? nameIn(category, language) : '';
  const tz = campaign.timeZone;
  const canWithdraw =
    campaign.state === 'registration' && (candidacy.state === 'submitted' || candidacy.state === 'approved');

  async function withdraw() {
    setError(null);
    try {
      await unwrap(api.POST('/candidacies/{id}/withdraw', { params: { path: { id: candidacyId } } }));
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: KEYS.candidacies(campaignId) });
    } catch (e) {
      setError(e as ApiError);
    }
  }

  return (
    <section aria-labelledby="candidacy-title">
      <p>
        <Link to="/enterprise/campaigns">{t('candidacy.toCampaigns')}</Link>
      </p>
      <h1 id="candidacy-title">{t('candidacy.title', { category: categoryName })}</h1>
      <p>{campaign.name}</p>
      <section className="card" aria-labelledby="decision-title">
        <h2 id="decision-title">{t('candidacy.statusTitle')}</h2>
        <p>
          <CandidacyBadge state={candidacy.state} />
        </p>
        <p>{t(`candidacy.explained.${candidacy.state}`)}</p>
        {candidacy.decisionReason ? (
          <p>
            <strong>{t('candidacy.reason')}</strong> {candidacy.decisionReason}
          </p>
        ) : null}
        <dl className="facts">
          <dt>{t('candidacy.entered')}</dt>
          <dd>{formatDateTime(candidacy.createdAt, tz, language)}</dd>
          {candidacy.decidedAt ? (
            <>
              <dt>{t('candidacy.decided')}</dt>
              <dd>{formatDateTime(candidacy.decidedAt, tz, language)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <h2>{t('candidacy.entryTitle')}</h2>
      <p>{t('candidacy.entryIntro')}</p>
      <p>
        <Link className="button-link" to={`/enterprise/candidacies/${campaignId}/${candidacyId}/entry`}>
          {t('candidacy.openEntry')}
        </Link>
      </p>
      <SelfAssessmentList
        enterpriseId={candidacy.enterpriseId}
        campaignId={campaignId}
        categoryId={candidacy.categoryId}
      />
      <StandingCard campaign={campaign} enterpriseId={candidacy.enterpriseId} />
      <AfterAnnouncement campaign={campaign} enterpriseId={candidacy.enterpriseId} />
      {canWithdraw ? (
        <section aria-labelledby="withdraw-title">
          <h2 id="withdraw-title">{t('candidacy.withdrawTitle')}</h2>
          <p>{t('candidacy.withdrawIntro')}</p>
          <ProblemMessage error={error} />
          {confirming ? (
            <div className="actions" role="group" aria-label={t('candidacy.withdrawTitle')}>
              <button type="button" className="danger" onClick={() => void withdraw()}>
                {t('candidacy.withdrawConfirm')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('common:cancel')}
              </button>
            </div>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              {t('candidacy.withdraw')}
            </button>
          )}
        </section>
      ) : null}
    </section>
  );
}
