import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { formatDateTime } from '../../../format/format';
import { TextField } from '../../../ui/field';
import { ProblemMessage } from '../../../ui/problem';
import { categoryName, useLanguage, type Campaign } from '../use-campaign';
import { useRoundAction } from './round-data';
import { StateBadge } from './state-badge';

export type Round = components['schemas']['RoundResponseDto'];
type Target = 'open' | 'closed' | 'finalised';
const NEXT: Record<string, Target | undefined> = { draft: 'open', open: 'closed', closed: 'finalised' };

/** What the round is, its next step (closing short of sheets asks for a reason), and the judges' materials. */
export function RoundSummary({ round, campaign }: { round: Round; campaign: Campaign }) {
  const { t } = useTranslation('organizerJudging');
  const language = useLanguage();
  const [force, setForce] = useState(false);
  const [reason, setReason] = useState('');
  const category = campaign.categories.find((c) => c.id === round.categoryId);
  const next = NEXT[round.state];
  const move = useRoundAction(round.id, (to: Target) =>
    unwrap(
      api.POST('/rounds/{roundId}/transitions', {
        params: { path: { roundId: round.id } },
        body: force && to === 'closed' ? { to, force: true, reason } : { to },
      }),
    ),
  );
  const zip = useRoundAction(round.id, async () => {
    const blob = await unwrap(
      api.GET('/rounds/{roundId}/materials.zip', {
        params: { path: { roundId: round.id } },
        parseAs: 'blob',
      }),
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${round.name}.zip`;
    link.click();
    URL.revokeObjectURL(link.href);
  });
  const at = (value: string | null) => formatDateTime(value, campaign.timeZone, language);
  return (
    <section aria-labelledby="round-summary">
      <h2 id="round-summary">{t('round.summary')}</h2>
      <dl className="facts">
        <dt>{t('round.state')}</dt>
        <dd>
          <StateBadge state={round.state} />
        </dd>
        <dt>{t('rounds.category')}</dt>
        <dd lang={category ? categoryName(category, language).lang : undefined}>
          {category ? categoryName(category, language).text : '—'}
        </dd>
        <dt>{t('rounds.stage')}</dt>
        <dd>{t(`stage.${round.stageType}`, round.stageType)}</dd>
        <dt>{t('round.rubricVersion')}</dt>
        <dd>{round.rubricVersion}</dd>
        <dt>{t('create.judgesPerEntrant')}</dt>
        <dd>{round.judgesPerEntrant}</dd>
        <dt>{t('create.method')}</dt>
        <dd>{t(`method.${round.aggregationMethod}`, round.aggregationMethod)}</dd>
        <dt>{t('create.opensAt')}</dt>
        <dd>{at(round.opensAt)}</dd>
        <dt>{t('create.closesAt')}</dt>
        <dd>{at(round.closesAt)}</dd>
        {round.forcedCloseReason ? (
          <>
            <dt>{t('round.forcedCloseReason')}</dt>
            <dd>{round.forcedCloseReason}</dd>
          </>
        ) : null}
      </dl>
      <ProblemMessage error={move.error ?? zip.error} />
      {next === 'closed' ? (
        <div className="field">
          <label>
            <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />{' '}
            {t('round.force')}
          </label>
        </div>
      ) : null}
      {force && next === 'closed' ? (
        <TextField
          label={t('round.forceReason')}
          name="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={move.error instanceof ApiError ? move.error : null}
        />
      ) : null}
      <div className="actions">
        {next ? (
          <button
            type="button"
            className="primary"
            onClick={() => move.mutate(next)}
            disabled={move.isPending}
          >
            {t(`round.to.${next}`)}
          </button>
        ) : null}
        <button type="button" onClick={() => zip.mutate(undefined)} disabled={zip.isPending}>
          {t('round.materialsZip')}
        </button>
      </div>
    </section>
  );
}
