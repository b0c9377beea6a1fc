import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { formatDateTime } from '../../../format/format';
import { currentLanguage } from '../../../i18n/i18n';
import { CampaignFrame } from '../campaign-frame';
import { campaignKey, type Campaign } from '../campaign-data';
import { RefusalDetails } from '../refusal-details';

/** The embargo in the campaign's time zone, the announcement (asked twice), and the public results link. */
export default function CampaignAnnouncementPage() {
  const { t } = useTranslation('organizer');
  return (
    <CampaignFrame section={t('tabs.announcement')}>
      {(campaign) => <Announcement campaign={campaign} />}
    </CampaignFrame>
  );
}

function Announcement({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const announce = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/campaigns/{campaignId}/announcement', { params: { path: { campaignId: campaign.id } } }),
      ),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: campaignKey(campaign.id) });
    },
  });
  const announced = campaign.state === 'announced' || campaign.state === 'archived';
  const publicPath = `/results/${encodeURIComponent(campaign.slug)}`;
  return (
    <>
      <dl className="facts">
        <dt>{t('announcement.embargo')}</dt>
        <dd>{formatDateTime(campaign.schedule.announcementAt, campaign.timeZone, language)}</dd>
        <dt>{t('announcement.timeZone')}</dt>
        <dd>{campaign.timeZone}</dd>
      </dl>
      {announced ? (
        <section aria-labelledby="public-title" className="notice">
          <h2 id="public-title">{t('announcement.announced')}</h2>
          <p>
            <a href={publicPath}>{t('announcement.publicLink')}</a>
            {' · '}
            <a href={`${publicPath}?lang=zh`} lang="zh-CN">
              {t('announcement.publicLinkZh')}
            </a>
          </p>
        </section>
      ) : (
        <section aria-labelledby="announce-title">
          <h2 id="announce-title">{t('announcement.announceNow')}</h2>
          <p>{campaign.state === 'deciding' ? t('announcement.help') : t('announcement.notYet')}</p>
          <RefusalDetails campaignId={campaign.id} error={announce.error} />
          {!confirming ? (
            <div className="actions">
              <button
                type="button"
                className="primary"
                disabled={campaign.state !== 'deciding'}
                onClick={() => setConfirming(true)}
              >
                {t('announcement.announce')}
              </button>
            </div>
          ) : (
            <div className="confirm" role="group" aria-labelledby="confirm-announce">
              <p id="confirm-announce">{t('announcement.confirm')}</p>
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  disabled={announce.isPending}
                  onClick={() => announce.mutate()}
                >
                  {t('announcement.confirmButton')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('common:cancel')}
                </button>
              </div>
            </div>
          )}
        </section>
      )}
    </>
  );
}
