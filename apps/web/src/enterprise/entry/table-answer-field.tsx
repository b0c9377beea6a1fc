import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage, useLanguage } from '../enterprise-queries';
import type { FieldProps } from './field-props';

type Cell = string | number | null;
type Row = Record<string, Cell>;

const CELL_INPUT = { text: 'text', number: 'text', date: 'date' } as const;

/** A small table with typed columns: rows are added and removed, and the table is saved when a cell is left. */
export function TableAnswerField({ field, value, editable, problem, onLocalChange, onSave }: FieldProps) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const id = useId();
  const columns = field.columns ?? [];
  const [rows, setRows] = useState<Row[]>(() =>
    Array.isArray(value)
      ? value.filter((r): r is Row => typeof r === 'object' && r !== null && !('fileName' in r))
      : [],
  );
  const [dirty, setDirty] = useState(false);
  const maxRows = field.maxRows ?? 50;

  // A number column's cell becomes a number when it reads as one; otherwise the API names the cell.
  const cellOf = (type: string, text: string): Cell => {
    if (text.trim() === '') return null;
    if (type === 'number' && Number.isFinite(Number(text))) return Number(text);
    return text;
  };
  const update = (next: Row[], save: boolean) => {
    setRows(next);
    onLocalChange(next);
    if (save) {
      setDirty(false);
      onSave(next);
    } else setDirty(true);
  };
  const label = inLanguage(field.label, language);

  return (
    <div className={problem ? 'field field-invalid entry-table' : 'field entry-table'}>
      <p className="table-label" id={`${id}-label`}>
        <strong>{label}</strong>
        {field.required ? <span className="field-required"> ({t('common:required')})</span> : null}
      </p>
      <p className="field-help">
        {[field.help ? inLanguage(field.help, language) : '', t('entry.rowsAtMost', { max: maxRows })]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {rows.length === 0 ? null : (
        <div className="table-scroll">
          <table className="stack" aria-labelledby={`${id}-label`}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col">
                    {inLanguage(c.label, language)}
                    {c.required ? <span className="field-required"> ({t('common:required')})</span> : null}
                  </th>
                ))}
                {editable ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('entry.rowActions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={r}>
                  {columns.map((c) => {
                    const cellLabel = `${inLanguage(c.label, language)} (${t('entry.row', { row: r + 1 })})`;
                    return (
                      <td key={c.key} data-label={inLanguage(c.label, language)}>
                        <input
                          type={CELL_INPUT[c.type]}
                          inputMode={c.type === 'number' ? 'decimal' : undefined}
                          aria-label={cellLabel}
                          value={row[c.key] === null || row[c.key] === undefined ? '' : String(row[c.key])}
                          readOnly={!editable}
                          onChange={(e) =>
                            update(
                              rows.map((x, i) =>
                                i === r ? { ...x, [c.key]: cellOf(c.type, e.target.value) } : x,
                              ),
                              false,
                            )
                          }
                          onBlur={() => dirty && update(rows, true)}
                        />
                      </td>
                    );
                  })}
                  {editable ? (
                    <td>
                      <button
                        type="button"
                        className="danger"
                        onClick={() =>
                          update(
                            rows.filter((_, i) => i !== r),
                            true,
                          )
                        }
                      >
                        {t('entry.removeRow', { row: r + 1 })}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length === 0 ? <p>{t('entry.noRows')}</p> : null}
      {editable && rows.length < maxRows ? (
        <button
          type="button"
          onClick={() => update([...rows, Object.fromEntries(columns.map((c) => [c.key, null]))], false)}
        >
          {t('entry.addRow', { label })}
        </button>
      ) : null}
      {problem ? (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
