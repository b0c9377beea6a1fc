import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { ProblemMessage } from '../../../ui/problem';
import type { Round } from './round-summary';
import { usePanel, useRoundAction } from './round-data';

/** The round's panel: which judges score it, and who chairs it (the chair records tie-break orders). */
export function PanelSection({ round }: { round: Round }) {
  const { t } = useTranslation('organizerJudging');
  const judges = useQuery({ queryKey: ['judges'], queryFn: () => unwrap(api.GET('/judges')) });
  const panel = usePanel(round.id);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [chair, setChair] = useState('');
  useEffect(() => {
    if (!panel.data) return;
    setChosen(new Set(panel.data.map((m) => m.judgeId)));
    setChair(panel.data.find((m) => m.isChair)?.judgeId ?? '');
  }, [panel.data]);
  const save = useRoundAction(round.id, () =>
    unwrap(
      api.PUT('/rounds/{roundId}/panel', {
        params: { path: { roundId: round.id } },
        body: { judges: [...chosen].map((judgeId) => ({ judgeId, chair: judgeId === chair })) },
      }),
    ),
  );
  const toggle = (id: string) =>
    setChosen((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <section aria-labelledby="panel">
      <h2 id="panel">{t('panel.title')}</h2>
      <ProblemMessage error={judges.error ?? save.error} />
      {save.isSuccess ? (
        <p className="notice" role="status">
          {t('panel.saved', { count: chosen.size })}
        </p>
      ) : null}
      <table className="stack">
        <thead>
          <tr>
            <th scope="col">{t('panel.judge')}</th>
            <th scope="col">{t('panel.onPanel')}</th>
            <th scope="col">{t('panel.chair')}</th>
          </tr>
        </thead>
        <tbody>
          {judges.data?.map((j) => (
            <tr key={j.judgeId}>
              <th scope="row">{j.displayName}</th>
              <td data-label={t('panel.onPanel')}>
                <input
                  type="checkbox"
                  aria-label={t('panel.include', { name: j.displayName })}
                  checked={chosen.has(j.judgeId)}
                  onChange={() => toggle(j.judgeId)}
                />
              </td>
              <td data-label={t('panel.chair')}>
                <input
                  type="radio"
                  name="chair"
                  aria-label={t('panel.makeChair', { name: j.displayName })}
                  checked={chair === j.judgeId}
                  disabled={!chosen.has(j.judgeId)}
                  onChange={() => setChair(j.judgeId)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => save.mutate(undefined)}
          disabled={save.isPending}
        >
          {t('panel.save')}
        </button>
      </div>
    </section>
  );
}
