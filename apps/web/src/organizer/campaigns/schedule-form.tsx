import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { TextField } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem';
import { SCHEDULE_KEYS, type Schedule } from './campaign-lifecycle';
import type { Campaign } from './campaign-data';
import { useCampaignUpdate } from './campaign-update';
import { instantToWallClock, wallClockToInstant } from '../../format/zoned-time';

/** The schedule, typed on the campaign's own clock (its time zone is named), each date beside its problem. */
export function ScheduleForm({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizer');
  const zone = campaign.timeZone;
  const [values, setValues] = useState(() =>
    Object.fromEntries(SCHEDULE_KEYS.map((k) => [k, instantToWallClock(campaign.schedule[k], zone)])),
  );
  const update = useCampaignUpdate(campaign);
  const error = update.error instanceof ApiError ? update.error : null;
  const frozen = campaign.state === 'announced' || campaign.state === 'archived';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const schedule: Schedule = Object.fromEntries(
      SCHEDULE_KEYS.map((k) => [k, values[k] ? wallClockToInstant(values[k], zone) : null]),
    );
    update.mutate({ schedule });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t('setup.schedule')}</h2>
      <p className="field-help">{t('setup.scheduleHelp', { zone })}</p>
      <ProblemMessage error={update.error} />
      {update.isSuccess ? (
        <p className="notice" role="status">
          {t('common:saved')}
        </p>
      ) : null}
      <div className="form-grid">
        {SCHEDULE_KEYS.map((key) => (
          <TextField
            key={key}
            type="datetime-local"
            step={1}
            label={t(`schedule.${key}`)}
            name={`schedule.${key}`}
            value={values[key]}
            disabled={frozen}
            onChange={(e) => setValues({ ...values, [key]: e.target.value })}
            error={error}
          />
        ))}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={frozen || update.isPending}>
          {t('setup.saveSchedule')}
        </button>
      </div>
    </form>
  );
}
