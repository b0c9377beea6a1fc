import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/api-error';
import type { components } from '../../api/schema';
import { SelectField, TextField } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem';
import { campaignKey, type Campaign } from './campaign-data';

type CategoryInput = components['schemas']['CategoryDto'];
type Kind = CategoryInput['kind'];
const KINDS: Kind[] = ['survey-benchmark', 'panel', 'combined'];

interface Row {
  name: string;
  nameZh: string;
  kind: Kind;
  perIndustry: boolean;
  maxWinners: string;
  surveyWeight: string;
  panelWeight: string;
}

const blank = (): Row => ({
  name: '',
  nameZh: '',
  kind: 'survey-benchmark',
  perIndustry: true,
  maxWinners: '3',
  surveyWeight: '',
  panelWeight: '',
});

/** The award categories, edited as a list and saved together (the API replaces them; draft only). */
export function CategoriesEditor({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizer');
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() =>
    campaign.categories.map((c) => ({
      name: c.name,
      nameZh: c.nameZh ?? '',
      kind: c.kind,
      perIndustry: c.perIndustry,
      maxWinners: String(c.maxWinners),
      surveyWeight: c.surveyWeight === null || c.surveyWeight === undefined ? '' : String(c.surveyWeight),
      panelWeight: c.panelWeight === null || c.panelWeight === undefined ? '' : String(c.panelWeight),
    })),
  );
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/campaigns/{id}/categories', {
          params: { path: { id: campaign.id } },
          body: {
            categories: rows.map((r) => ({
              name: r.name,
              nameZh: r.nameZh || null,
              kind: r.kind,
              perIndustry: r.perIndustry,
              maxWinners: Number(r.maxWinners),
              surveyWeight: r.kind === 'combined' && r.surveyWeight !== '' ? Number(r.surveyWeight) : null,
              panelWeight: r.kind === 'combined' && r.panelWeight !== '' ? Number(r.panelWeight) : null,
            })),
          },
        }),
      ),
    onSuccess: (updated) => queryClient.setQueryData(campaignKey(campaign.id), updated),
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const frozen = campaign.state !== 'draft';
  const change = (i: number, patch: Partial<Row>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="categories-title">
      <h2 id="categories-title">{t('setup.categories')}</h2>
      {frozen ? <p className="field-help">{t('setup.categoriesFrozen')}</p> : null}
      <ProblemMessage error={save.error} />
      {save.isSuccess ? (
        <p className="notice" role="status">
          {t('common:saved')}
        </p>
      ) : null}
      {rows.length === 0 ? <p>{t('setup.noCategories')}</p> : null}
      {rows.map((row, i) => (
        <fieldset key={i} className="category-row" disabled={frozen}>
          <legend>{t('setup.categoryN', { n: i + 1 })}</legend>
          <div className="form-grid">
            <TextField
              label={t('setup.categoryName')}
              name={`categories.${i}.name`}
              value={row.name}
              onChange={(e) => change(i, { name: e.target.value })}
              error={error}
              required
            />
            <TextField
              label={t('setup.categoryNameZh')}
              name={`categories.${i}.nameZh`}
              value={row.nameZh}
              onChange={(e) => change(i, { nameZh: e.target.value })}
              error={error}
            />
            <SelectField
              label={t('setup.kind')}
              name={`categories.${i}.kind`}
              value={row.kind}
              onChange={(e) => change(i, { kind: e.target.value as Kind })}
              error={error}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('setup.maxWinners')}
              name={`categories.${i}.maxWinners`}
              type="number"
              value={row.maxWinners}
              onChange={(e) => change(i, { maxWinners: e.target.value })}
              error={error}
            />
            {row.kind === 'combined' ? (
              <>
                <TextField
                  label={t('setup.surveyWeight')}
                  name={`categories.${i}.surveyWeight`}
                  type="number"
                  value={row.surveyWeight}
                  onChange={(e) => change(i, { surveyWeight: e.target.value })}
                  error={error}
                />
                <TextField
                  label={t('setup.panelWeight')}
                  name={`categories.${i}.panelWeight`}
                  type="number"
                  value={row.panelWeight}
                  onChange={(e) => change(i, { panelWeight: e.target.value })}
                  error={error}
                />
              </>
            ) : null}
          </div>
          <label className="choice">
            <input
              type="checkbox"
              checked={row.perIndustry}
              onChange={(e) => change(i, { perIndustry: e.target.checked })}
            />{' '}
            {t('setup.perIndustry')}
          </label>
          <div className="actions">
            <button type="button" className="danger" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              {t('setup.removeCategory', { n: i + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <div className="actions">
        <button type="button" disabled={frozen} onClick={() => setRows([...rows, blank()])}>
          {t('setup.addCategory')}
        </button>
        <button type="submit" className="primary" disabled={frozen || save.isPending}>
          {t('setup.saveCategories')}
        </button>
      </div>
    </form>
  );
}
