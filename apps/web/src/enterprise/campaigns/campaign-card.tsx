import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { ApiError } from '../../api/api-error';
import { formatDateTime } from '../../format/format';
import { ProblemMessage } from '../../ui/problem';
import {
  KEYS,
  nameIn,
  useCandidacies,
  useLanguage,
  type Campaign,
  type Category,
  type Enterprise,
} from '../enterprise-queries';
import { CandidacyBadge } from './candidacy-badge';

/** One campaign: when registration closes, its categories, and for each this enterprise's candidacy or a way in. */
export function CampaignCard({
  campaign,
  enterprise,
}: {
  campaign: Campaign;
  enterprise: Enterprise | null;
}) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const candidacies = useCandidacies(campaign.id);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const registrationOpen = campaign.state === 'registration';
  const canEnter = registrationOpen && enterprise?.status === 'verified';
  const tz = campaign.timeZone;

  async function enter(category: Category) {
    if (!enterprise) return;
    setBusy(category.id);
    setError(null);
    try {
      const candidacy = await unwrap(
        api.POST('/campaigns/{campaignId}/candidacies', {
          params: { path: { campaignId: campaign.id } },
          body: { categoryId: category.id, enterpriseId: enterprise.id },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: KEYS.candidacies(campaign.id) });
      void navigate(`/enterprise/candidacies/${campaign.id}/${candidacy.id}`);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(null);
    }
  }

  const description = language === 'zh' ? campaign.descriptionZh : campaign.descriptionEn;
  return (
    <article className="card campaign-card" aria-labelledby={`campaign-${campaign.id}`}>
      <h3 id={`campaign-${campaign.id}`}>
        {campaign.name} <span className="badge badge-muted">{t(`campaigns.state.${campaign.state}`)}</span>
      </h3>
      {description ? <p>{description}</p> : null}
      <dl className="facts">
        {campaign.schedule.registrationClosesAt ? (
          <>
            <dt>{t('campaigns.registrationCloses')}</dt>
            <dd>{formatDateTime(campaign.schedule.registrationClosesAt, tz, language)}</dd>
          </>
        ) : null}
        {campaign.schedule.announcementAt ? (
          <>
            <dt>{t('campaigns.announcement')}</dt>
            <dd>{formatDateTime(campaign.schedule.announcementAt, tz, language)}</dd>
          </>
        ) : null}
        <dt>{t('campaigns.rules')}</dt>
        <dd>
          {t('campaigns.rulesText', {
            ranked: campaign.rules.minResponsesRanked,
            listed: campaign.rules.minResponsesListed,
          })}
        </dd>
      </dl>
      <ProblemMessage error={error} />
      <ul className="category-list">
        {campaign.categories.map((category) => {
          const candidacy = candidacies.data?.find((c) => c.categoryId === category.id);
          const name = nameIn(category, language);
          return (
            <li key={category.id}>
              <div>
                <strong>{name}</strong>
                <br />
                <span className="field-help">
                  {t(`campaigns.kind.${category.kind}`)} ·{' '}
                  {category.perIndustry
                    ? t('campaigns.perIndustry', { count: category.maxWinners })
                    : t('campaigns.overall', { count: category.maxWinners })}
                </span>
              </div>
              {candidacy && candidacy.state !== 'withdrawn' ? (
                <span>
                  <CandidacyBadge state={candidacy.state} />{' '}
                  <Link to={`/enterprise/candidacies/${campaign.id}/${candidacy.id}`}>
                    {t('campaigns.openCandidacy', { category: name })}
                  </Link>
                </span>
              ) : canEnter ? (
                <button
                  type="button"
                  className="primary"
                  disabled={busy !== null}
                  onClick={() => void enter(category)}
                  aria-label={t('campaigns.enterNamed', { category: name })}
                >
                  {busy === category.id ? t('common:saving') : t('campaigns.enter')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
