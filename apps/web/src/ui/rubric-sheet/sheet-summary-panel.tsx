import type { RubricContent } from '@rubric-maths/rubric';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { ProblemMessage } from '../problem';
import { bandMeaning, bandName, nameIn } from './rubric-names';
import type { SheetSummary } from './sheet-summary';
import type { SaveState } from './use-sheet-autosave';

const savedTime = (at: Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);

/** Where the draft stands: saving, saved at a time, or not saved with the reason and a retry. */
export function SaveStatus({ state, retry }: { state: SaveState; retry: () => void }) {
  const { t } = useTranslation('rubricSheet');
  const locale = currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB';
  return (
    <div className="judge-save" role="status">
      {state.kind === 'saving' ? <span>{t('save.saving')}</span> : null}
      {state.kind === 'saved' ? <span>{t('save.saved', { time: savedTime(state.at, locale) })}</span> : null}
      {state.kind === 'idle' ? <span>{t('save.nothing')}</span> : null}
      {state.kind === 'failed' ? (
        <>
          <span className="judge-save-failed">{t('save.failed')}</span>
          <ProblemMessage error={state.error} />
          <button type="button" onClick={retry}>
            {t('save.retry')}
          </button>
        </>
      ) : null}
    </div>
  );
}

/** The headline figures: how much is scored, and the total, band and weakest category once complete. */
export function SummaryFigures({ rubric, summary }: { rubric: RubricContent; summary: SheetSummary }) {
  const { t } = useTranslation('rubricSheet');
  const lang = currentLanguage();
  const weakest = rubric.categories.find((c) => c.code === summary.weakestCategory);
  const meaning = summary.band ? bandMeaning(rubric.bands, summary.band, lang) : null;
  return (
    <>
      <dl className="judge-figures">
        <div>
          <dt>{t('summary.scored')}</dt>
          <dd data-figure="scored">{t('summary.scoredOf', { n: summary.scored, m: summary.items })}</dd>
        </div>
        <div>
          <dt>{t('summary.total')}</dt>
          <dd data-figure="total">{summary.total === null ? '—' : formatNumber(summary.total, lang, 2)}</dd>
        </div>
        <div>
          <dt>{t('summary.band')}</dt>
          <dd data-figure="band">{summary.band ? bandName(rubric.bands, summary.band, lang) : '—'}</dd>
        </div>
        <div>
          <dt>{t('summary.weakest')}</dt>
          <dd data-figure="weakest">{weakest ? `${weakest.code}. ${nameIn(weakest, lang)}` : '—'}</dd>
        </div>
      </dl>
      {meaning ? (
        <p className="judge-band-meaning" lang={meaning.lang}>
          {meaning.text}
        </p>
      ) : null}
    </>
  );
}

/** Every category's weight, how many of its items are scored, and its percentage once complete. */
export function CategoryTable({ rubric, summary }: { rubric: RubricContent; summary: SheetSummary }) {
  const { t } = useTranslation('rubricSheet');
  const lang = currentLanguage();
  return (
    <table className="judge-category-table">
      <caption className="visually-hidden">{t('summary.categories')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.category')}</th>
          <th scope="col">{t('summary.weight')}</th>
          <th scope="col">{t('summary.percent')}</th>
        </tr>
      </thead>
      <tbody>
        {summary.categories.map((c, i) => (
          <tr key={c.code} data-category={c.code}>
            <th scope="row">
              {c.code}. {nameIn(rubric.categories[i], lang)}
            </th>
            <td>{c.weight}</td>
            <td>
              {c.percent === null
                ? t('sheet.categoryPartial', { scored: c.scored, items: c.items })
                : formatPercent(c.percent, lang)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
