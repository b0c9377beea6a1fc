import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { nextScheduledTransition, transitionTarget } from './campaign-lifecycle';
import { campaignKey, type Campaign } from './campaign-data';
import { RefusalDetails } from './refusal-details';
import { campaignTabPath } from './campaign-tabs';

/**
 * The next scheduled move and the move an organizer may make now, asked for twice (a move cannot be undone).
 * A refusal explains itself; one naming a schedule date points to the set-up page where it is changed.
 */
export function TransitionPanel({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const target = transitionTarget(campaign.state);
  const scheduled = nextScheduledTransition(campaign.state, campaign.schedule);
  const move = useMutation({
    mutationFn: (to: NonNullable<typeof target>) =>
      unwrap(
        api.POST('/campaigns/{id}/transitions', { params: { path: { id: campaign.id } }, body: { to } }),
      ),
    onSuccess: (updated) => {
      setConfirming(false);
      queryClient.setQueryData(campaignKey(campaign.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['campaign-summary', campaign.id] });
    },
  });
  return (
    <section aria-labelledby="transition-title" className="card">
      <h2 id="transition-title">{t('dashboard.transitions')}</h2>
      <p>
        {scheduled
          ? t('dashboard.nextScheduled', {
              state: t(`states.${scheduled.state}`),
              at: formatDateTime(scheduled.at, campaign.timeZone, language),
            })
          : t('dashboard.noneScheduled')}
      </p>
      <RefusalDetails campaignId={campaign.id} error={move.error} />
      {campaign.state === 'deciding' ? (
        <p>
          <Link to={campaignTabPath(campaign.id, 'announcement')}>{t('dashboard.toAnnouncement')}</Link>
        </p>
      ) : null}
      {target && !confirming ? (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setConfirming(true)}>
            {t('dashboard.moveTo', { state: t(`states.${target}`) })}
          </button>
        </div>
      ) : null}
      {target && confirming ? (
        <div className="confirm" role="group" aria-labelledby="confirm-move">
          <p id="confirm-move">{t('dashboard.confirmMove', { state: t(`states.${target}`) })}</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={move.isPending}
              onClick={() => move.mutate(target)}
            >
              {t('dashboard.confirmMoveButton', { state: t(`states.${target}`) })}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common:cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
