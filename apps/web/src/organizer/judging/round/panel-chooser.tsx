import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { Pending } from '../../../ui/problem';

type Member = components['schemas']['PanelMemberResponseDto'];
export type PanelChoice = { judgeId: string; chair: boolean }[];

/**
 * Choosing a panel from every judge account on the platform: GET /judges knows no campaign, so the list says
 * plainly that it holds judges of all campaigns, and the round's own panel is shown apart from it.
 */
export function PanelChooser(props: {
  members: Member[];
  saving: boolean;
  onChange: () => void;
  onSave: (judges: PanelChoice) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('organizerJudging');
  const judges = useQuery({ queryKey: ['judges'], queryFn: () => unwrap(api.GET('/judges')) });
  const [chosen, setChosen] = useState(() => new Set(props.members.map((m) => m.judgeId)));
  const [chair, setChair] = useState(() => props.members.find((m) => m.isChair)?.judgeId ?? '');
  function toggle(id: string) {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
    if (!next.has(chair)) setChair('');
    props.onChange();
  }
  return (
    <div className="panel-chooser">
      <h3 id="panel-choose">{t('panel.chooseTitle')}</h3>
      <p id="panel-choose-help">{t('panel.chooseHelp')}</p>
      {!judges.data ? (
        <Pending error={judges.error} retry={() => void judges.refetch()} />
      ) : (
        <table className="stack" aria-labelledby="panel-choose" aria-describedby="panel-choose-help">
          <thead>
            <tr>
              <th scope="col">{t('panel.judge')}</th>
              <th scope="col">{t('panel.onPanel')}</th>
              <th scope="col">{t('panel.chair')}</th>
            </tr>
          </thead>
          <tbody>
            {judges.data.map((j) => (
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
                    onChange={() => {
                      setChair(j.judgeId);
                      props.onChange();
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={props.saving}
          onClick={() => props.onSave([...chosen].map((judgeId) => ({ judgeId, chair: judgeId === chair })))}
        >
          {t('panel.save')}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            {t('panel.cancel')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
