import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { SelectField, TextField } from '../../ui/field';
import { Pending, ProblemMessage } from '../../ui/problem';
import { problemExactly } from '../rubrics/rubric-draft';
import { ListProblem, RowTools } from '../rubrics/row-tools';
import type { Campaign } from './campaign-data';

type Instrument = components['schemas']['InstrumentResponseDto'];
type Item = components['schemas']['InstrumentItemDto'];
type Construct = Item['construct'];
const CONSTRUCTS: Construct[] = [
  'image',
  'expectations',
  'quality',
  'value',
  'satisfaction',
  'loyalty',
  'complaint',
  'attention',
];

/** An item as typed: numbers as text, so a half-typed one is not lost. */
interface Row {
  key: string;
  construct: Construct;
  scaleMin: string;
  scaleMax: string;
  weight: string;
  reverse: boolean;
  expected: string;
  question: string;
}

const rowOf = (item: Item): Row => ({
  key: item.key,
  construct: item.construct,
  scaleMin: String(item.scaleMin),
  scaleMax: String(item.scaleMax),
  weight: String(item.weight),
  reverse: item.reverse ?? false,
  expected: item.expected === undefined ? '' : String(item.expected),
  question: item.question ?? '',
});
const toNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));
const itemOf = (row: Row): Item => ({
  key: row.key.trim(),
  construct: row.construct,
  scaleMin: toNumber(row.scaleMin),
  scaleMax: toNumber(row.scaleMax),
  weight: toNumber(row.weight),
  ...(row.reverse ? { reverse: true } : {}),
  ...(row.construct === 'attention' || row.expected.trim() !== ''
    ? { expected: toNumber(row.expected) }
    : {}),
  ...(row.question.trim() ? { question: row.question.trim() } : {}),
});
const blank = (): Row => ({
  key: '',
  construct: 'satisfaction',
  scaleMin: '1',
  scaleMax: '10',
  weight: '1',
  reverse: false,
  expected: '',
  question: '',
});

const instrumentKey = (campaignId: string) => ['instrument', campaignId] as const;

/** The survey instrument in force, and the campaign's own items set in fields until the survey opens. */
export function InstrumentForm({ campaign }: { campaign: Campaign }) {
  // Kept here: a save gives fresh items, which start a fresh draft below.
  const [done, setDone] = useState<Done>(null);
  const instrument = useQuery({
    queryKey: instrumentKey(campaign.id),
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/instrument', { params: { path: { campaignId: campaign.id } } }),
      ),
  });
  if (!instrument.data) return <Pending error={instrument.error} retry={() => void instrument.refetch()} />;
  return (
    <ItemsForm
      key={`${instrument.data.itemsSource}-${instrument.dataUpdatedAt}`}
      campaign={campaign}
      instrument={instrument.data}
      done={done}
      onDone={setDone}
    />
  );
}

type Done = 'saved' | 'resetDone' | null;

function ItemsForm({
  campaign,
  instrument,
  done,
  onDone: setDone,
}: {
  campaign: Campaign;
  instrument: Instrument;
  done: Done;
  onDone: (done: Done) => void;
}) {
  const { t } = useTranslation('organizer');
  const queryClient = useQueryClient();
  const [rows, setRows] = useState(() => instrument.items.map(rowOf));
  const path = { params: { path: { campaignId: campaign.id } } };
  const onSuccess = (updated: Instrument, what: 'saved' | 'resetDone') => {
    queryClient.setQueryData(instrumentKey(campaign.id), updated);
    setDone(what);
  };
  const save = useMutation({
    mutationFn: () =>
      unwrap(api.PUT('/campaigns/{campaignId}/instrument', { ...path, body: { items: rows.map(itemOf) } })),
    onSuccess: (updated) => onSuccess(updated, 'saved'),
  });
  const reset = useMutation({
    mutationFn: () => unwrap(api.DELETE('/campaigns/{campaignId}/instrument', path)),
    onSuccess: (updated) => onSuccess(updated, 'resetDone'),
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const frozen = instrument.frozen;
  const change = (i: number, patch: Partial<Row>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <form
      className="instrument-form"
      aria-labelledby="instrument-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        save.mutate();
      }}
    >
      <h2 id="instrument-title">{t('instrument.title')}</h2>
      <p>
        {t('instrument.inForce', {
          version: instrument.methodologyVersion,
          source: t(`instrument.source.${instrument.itemsSource}`),
        })}
      </p>
      {frozen ? <p className="notice">{t('instrument.frozen')}</p> : null}
      <ProblemMessage error={save.error ?? reset.error} />
      {done ? (
        <p className="notice" role="status">
          {t(`instrument.${done}`)}
        </p>
      ) : null}
      <ListProblem problem={problemExactly(error, 'items')} />
      {rows.map((row, i) => {
        const at = `items.${i}`;
        const name = row.key || String(i + 1);
        return (
          <fieldset key={i} className="category-row" disabled={frozen}>
            <legend>{t('instrument.itemN', { n: i + 1, key: row.key })}</legend>
            <div className="form-grid">
              <TextField
                label={t('instrument.key')}
                name={`${at}.key`}
                help={t('instrument.keyHelp')}
                value={row.key}
                onChange={(e) => change(i, { key: e.target.value })}
                error={error}
                required
              />
              <SelectField
                label={t('instrument.construct')}
                name={`${at}.construct`}
                value={row.construct}
                onChange={(e) => change(i, { construct: e.target.value as Construct })}
                error={error}
              >
                {CONSTRUCTS.map((c) => (
                  <option key={c} value={c}>
                    {t(`instrument.constructs.${c}`)}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t('instrument.scaleMin')}
                name={`${at}.scaleMin`}
                type="number"
                inputMode="numeric"
                value={row.scaleMin}
                onChange={(e) => change(i, { scaleMin: e.target.value })}
                error={error}
                required
              />
              <TextField
                label={t('instrument.scaleMax')}
                name={`${at}.scaleMax`}
                type="number"
                inputMode="numeric"
                value={row.scaleMax}
                onChange={(e) => change(i, { scaleMax: e.target.value })}
                error={error}
                required
              />
              <TextField
                label={t('instrument.weight')}
                name={`${at}.weight`}
                type="number"
                inputMode="decimal"
                step="any"
                value={row.weight}
                onChange={(e) => change(i, { weight: e.target.value })}
                error={error}
                required
              />
              {row.construct === 'attention' ? (
                <TextField
                  label={t('instrument.expected')}
                  name={`${at}.expected`}
                  help={t('instrument.expectedHelp')}
                  type="number"
                  inputMode="numeric"
                  value={row.expected}
                  onChange={(e) => change(i, { expected: e.target.value })}
                  error={error}
                  required
                />
              ) : null}
              <TextField
                label={t('instrument.question')}
                name={`${at}.question`}
                value={row.question}
                onChange={(e) => change(i, { question: e.target.value })}
                error={error}
              />
            </div>
            <label className="choice">
              <input
                type="checkbox"
                checked={row.reverse}
                onChange={(e) => change(i, { reverse: e.target.checked })}
              />{' '}
              {t('instrument.reverse')}
            </label>
            <RowTools
              name={name}
              index={i}
              count={rows.length}
              disabled={frozen}
              onMove={(to) => {
                const next = [...rows];
                const [moving] = next.splice(i, 1);
                next.splice(to, 0, moving);
                setRows(next);
              }}
              onRemove={() => setRows(rows.filter((_, j) => j !== i))}
            />
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" disabled={frozen} onClick={() => setRows([...rows, blank()])}>
          {t('instrument.add')}
        </button>
        <button type="submit" className="primary" disabled={frozen || save.isPending}>
          {t('instrument.save')}
        </button>
        {instrument.itemsSource === 'campaign' ? (
          <button
            type="button"
            disabled={frozen || reset.isPending}
            onClick={() => {
              setDone(null);
              reset.mutate();
            }}
          >
            {t('instrument.reset')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
