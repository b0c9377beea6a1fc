import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { formatDateTime } from '../../../format/format';
import { currentLanguage } from '../../../i18n/i18n';
import { Pending } from '../../../ui/problem';
import { CloneCampaign } from '../clone-campaign';
import { CreateCampaignForm } from '../create-campaign-form';
import { StateBadge } from '../state-badge';

/** The organizer's home: every campaign, newest year first, and the forms to start a new one. */
export default function CampaignsPage() {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const campaigns = useQuery({
    queryKey: ['campaigns'],
    queryFn: () => unwrap(api.GET('/campaigns', { params: { query: { pageSize: 100 } } })),
  });
  return (
    <>
      <h1>{t('title')}</h1>
      {campaigns.data ? (
        campaigns.data.items.length === 0 ? (
          <p>{t('list.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="stack">
              <caption className="visually-hidden">{t('list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.name')}</th>
                  <th scope="col">{t('list.year')}</th>
                  <th scope="col">{t('list.state')}</th>
                  <th scope="col">{t('list.since')}</th>
                  <th scope="col">{t('list.clone')}</th>
                </tr>
              </thead>
              <tbody>
                {campaigns.data.items.map((c) => (
                  <tr key={c.id}>
                    <td data-label={t('list.name')}>
                      <Link to={`/organizer/campaigns/${c.id}`}>{c.name}</Link>
                    </td>
                    <td data-label={t('list.year')}>{c.year}</td>
                    <td data-label={t('list.state')}>
                      <StateBadge state={c.state} />
                    </td>
                    <td data-label={t('list.since')}>
                      {formatDateTime(c.stateChangedAt, c.timeZone, language)}
                    </td>
                    <td data-label={t('list.clone')}>
                      <CloneCampaign campaign={c} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : (
        <Pending error={campaigns.error} retry={() => void campaigns.refetch()} />
      )}
      <CreateCampaignForm />
    </>
  );
}
