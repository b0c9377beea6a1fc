import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { TextAreaField } from '../../ui/field';

export interface QueueItem {
  id: string;
  /** How the row is named to a screen reader beside its checkbox. */
  name: string;
  cells: { label: string; value: ReactNode }[];
}

export type RowResult = { ok: true; text: string } | { ok: false; text: string };

/**
 * A review queue: a table of rows with checkboxes, one reason for the batch, approve or refuse the selected
 * rows; each row then says what happened to it (a refusal of one row stops none of the others).
 */
export function BulkReview({
  caption,
  items,
  approveLabel,
  refuseLabel,
  decide,
  onDone,
}: {
  caption: string;
  items: QueueItem[];
  approveLabel: string;
  refuseLabel: string;
  decide: (id: string, decision: 'approve' | 'refuse', reason: string) => Promise<string>;
  onDone: () => void;
}) {
  const { t } = useTranslation('organizer');
  const [selected, setSelected] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [results, setResults] = useState<Record<string, RowResult>>({});
  const [busy, setBusy] = useState(false);
  const [reasonProblem, setReasonProblem] = useState<string | undefined>();
  const run = async (decision: 'approve' | 'refuse') => {
    if (decision === 'refuse' && !reason.trim()) {
      setReasonProblem(t('review.reasonNeeded'));
      return;
    }
    setReasonProblem(undefined);
    setBusy(true);
    const next: Record<string, RowResult> = {};
    for (const id of selected) {
      try {
        next[id] = { ok: true, text: await decide(id, decision, reason.trim()) };
      } catch (e) {
        next[id] = { ok: false, text: e instanceof ApiError && e.message ? e.message : t('review.failed') };
      }
    }
    setResults((r) => ({ ...r, ...next }));
    setSelected([]);
    setBusy(false);
    onDone();
  };
  const reported = Object.entries(results);
  const allSelected = items.length > 0 && items.every((i) => selected.includes(i.id));
  return (
    <div className="bulk-review">
      {items.length === 0 ? (
        <p>{t('review.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="stack">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <label>
                    <input
                      type="checkbox"
                      checked={allSelected}
                      onChange={(e) => setSelected(e.target.checked ? items.map((i) => i.id) : [])}
                    />
                    <span className="visually-hidden">{t('review.selectAll')}</span>
                  </label>
                </th>
                {items[0].cells.map((c) => (
                  <th scope="col" key={c.label}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <label className="choice">
                      <input
                        type="checkbox"
                        checked={selected.includes(item.id)}
                        onChange={(e) =>
                          setSelected(
                            e.target.checked ? [...selected, item.id] : selected.filter((s) => s !== item.id),
                          )
                        }
                      />
                      <span className="visually-hidden">{t('review.select', { name: item.name })}</span>
                    </label>
                  </td>
                  {item.cells.map((c) => (
                    <td key={c.label} data-label={c.label}>
                      {c.value}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items.length > 0 ? (
        <>
          <TextAreaField
            label={t('review.reason')}
            name="reason"
            help={t('review.reasonHelp')}
            value={reason}
            problem={reasonProblem}
            onChange={(e) => setReason(e.target.value)}
            rows={2}
          />
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={busy || selected.length === 0}
              onClick={() => void run('approve')}
            >
              {approveLabel} ({selected.length})
            </button>
            <button
              type="button"
              className="danger"
              disabled={busy || selected.length === 0}
              onClick={() => void run('refuse')}
            >
              {refuseLabel} ({selected.length})
            </button>
          </div>
        </>
      ) : null}
      {reported.length > 0 ? (
        <div role="status">
          <h3>{t('review.results')}</h3>
          <ul className="row-results">
            {reported.map(([id, r]) => (
              <li key={id} className={r.ok ? 'badge-good' : 'badge-bad'}>
                {r.ok ? '✓ ' : '✗ '}
                {r.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
