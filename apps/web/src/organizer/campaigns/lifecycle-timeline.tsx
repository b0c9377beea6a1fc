import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { CAMPAIGN_STATES, STATE_OPENS_AT, stepStatus } from './campaign-lifecycle';
import type { Campaign } from './campaign-data';

/** The lifecycle as an ordered list: each state with the date the schedule opens it, the current one marked. */
export function LifecycleTimeline({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  return (
    <ol className="timeline">
      {CAMPAIGN_STATES.map((state) => {
        const status = stepStatus(state, campaign.state);
        const key = STATE_OPENS_AT[state];
        const at = key ? campaign.schedule[key] : null;
        return (
          <li
            key={state}
            className={`timeline-step timeline-${status}`}
            aria-current={status === 'current' ? 'step' : undefined}
          >
            <span className="timeline-state">{t(`states.${state}`)}</span>
            <span className="timeline-status">{t(`timeline.${status}`)}</span>
            {at ? (
              <span className="timeline-date">{formatDateTime(at, campaign.timeZone, language)}</span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
