import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { CAMPAIGN_STATES, STATE_DATES, stepStatus } from './campaign-lifecycle';
import type { Campaign } from './campaign-data';

/** The lifecycle as an ordered list: each state with the schedule's dates for it, the current one marked. */
export function LifecycleTimeline({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  return (
    <ol className="timeline">
      {CAMPAIGN_STATES.map((state) => {
        const status = stepStatus(state, campaign.state);
        const dates = STATE_DATES[state].filter((key) => campaign.schedule[key]);
        return (
          <li
            key={state}
            className={`timeline-step timeline-${status}`}
            aria-current={status === 'current' ? 'step' : undefined}
          >
            <span className="timeline-state">{t(`states.${state}`)}</span>
            <span className="timeline-status">{t(`timeline.${status}`)}</span>
            {dates.map((key, i) => (
              <span key={key} className="timeline-date">
                <span className="timeline-date-label">{t(i === 0 ? 'timeline.from' : 'timeline.until')}</span>{' '}
                {formatDateTime(campaign.schedule[key], campaign.timeZone, language)}
              </span>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
