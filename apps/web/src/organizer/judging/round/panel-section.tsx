import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { Pending, ProblemMessage } from '../../../ui/problem';
import { PanelChooser, type PanelChoice } from './panel-chooser';
import type { Round } from './round-summary';
import { usePanel, useRoundAction } from './round-data';

/**
 * The round's panel: which judges score it, and who chairs it (the chair records tie-break orders). The
 * panel is shown as it is; choosing it again opens the list of every judge, at once for an empty panel.
 */
export function PanelSection({ round }: { round: Round }) {
  const { t } = useTranslation('organizerJudging');
  const panel = usePanel(round.id);
  const [choosing, setChoosing] = useState<boolean | null>(null);
  const save = useRoundAction(round.id, (judges: PanelChoice) =>
    unwrap(api.PUT('/rounds/{roundId}/panel', { params: { path: { roundId: round.id } }, body: { judges } })),
  );
  const members = panel.data ?? [];
  // The API changes a panel only while the round is a draft or open: afterwards the page says so instead.
  const editable = round.state === 'draft' || round.state === 'open';
  const open = editable && (choosing ?? members.length === 0);
  // The status stays only until the panel is changed again, so it never describes an older panel.
  const saved = save.isSuccess ? t('panel.saved', { count: save.variables.length }) : '';
  return (
    <section aria-labelledby="panel">
      <h2 id="panel">{t('panel.title')}</h2>
      <p role="status" className={saved ? 'notice' : undefined}>
        {saved}
      </p>
      <ProblemMessage error={save.error} />
      {!panel.data ? (
        <Pending error={panel.error} retry={() => void panel.refetch()} />
      ) : members.length === 0 ? (
        <p>{t('panel.empty')}</p>
      ) : (
        <table className="stack" aria-labelledby="panel">
          <thead>
            <tr>
              <th scope="col">{t('panel.judge')}</th>
              <th scope="col">{t('panel.role')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.judgeId}>
                <th scope="row">{m.displayName}</th>
                <td data-label={t('panel.role')}>{m.isChair ? t('panel.chair') : t('panel.member')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {panel.data && open ? (
        <PanelChooser
          members={members}
          saving={save.isPending}
          onChange={() => save.reset()}
          onSave={(judges) => save.mutate(judges, { onSuccess: () => setChoosing(false) })}
          onCancel={members.length > 0 ? () => setChoosing(false) : undefined}
        />
      ) : panel.data && !editable ? (
        <p className="notice">{t(`panel.frozen.${round.state}`)}</p>
      ) : panel.data ? (
        <div className="actions">
          <button type="button" onClick={() => setChoosing(true)}>
            {t('panel.change')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
