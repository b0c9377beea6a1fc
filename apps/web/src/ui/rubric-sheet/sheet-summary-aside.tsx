import type { RubricContent, RubricItem } from '@rubric-maths/rubric';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { bandName } from './rubric-names';
import type { SheetSummary } from './sheet-summary';
import { CategoryTable, SaveStatus, SummaryFigures } from './sheet-summary-panel';
import type { SaveState } from './use-sheet-autosave';

/**
 * The sheet's summary beside the items. On a desktop it is the full panel; on a phone it is pinned under the
 * items as one line (scored, total, band) with a button that opens the rest, so the items stay readable. A
 * failed save or a refused "review" opens it, since what they say must not stay folded away.
 */
export function SheetSummaryAside(props: {
  rubric: RubricContent;
  summary: SheetSummary;
  locked: boolean;
  save: SaveState;
  retrySave: () => void;
  missing: RubricItem[];
  missingShown: boolean;
  onReview: () => void;
}) {
  const { t } = useTranslation('rubricSheet');
  const lang = currentLanguage();
  const { rubric, summary, locked, missing } = props;
  const [open, setOpen] = useState(false);
  const expanded = open || props.save.kind === 'failed' || (props.missingShown && missing.length > 0);
  return (
    <aside
      className={expanded ? 'judge-summary is-expanded' : 'judge-summary'}
      aria-labelledby="summary-title"
    >
      <h2 id="summary-title" className="judge-summary-title">
        {t('summary.title')}
      </h2>
      <div className="judge-summary-line">
        <p>
          {t('summary.line', {
            scored: summary.scored,
            items: summary.items,
            total: summary.total === null ? '—' : formatNumber(summary.total, lang, 2),
            band: summary.band ? bandName(rubric.bands, summary.band, lang) : '—',
          })}
        </p>
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls="summary-detail"
          onClick={() => setOpen(!expanded)}
        >
          {expanded ? t('summary.hide') : t('summary.show')}
        </button>
      </div>
      <div className="judge-summary-detail" id="summary-detail">
        {!locked ? <SaveStatus state={props.save} retry={props.retrySave} /> : null}
        <SummaryFigures rubric={rubric} summary={summary} />
        {summary.total === null && !locked ? (
          <p className="judge-missing">{t('summary.missing', { n: summary.items - summary.scored })}</p>
        ) : null}
        <h3 className="judge-summary-categories">{t('summary.categories')}</h3>
        <CategoryTable rubric={rubric} summary={summary} />
        {!locked ? (
          <>
            {props.missingShown && missing.length > 0 ? (
              <p className="field-problem" role="alert">
                {t('submit.missing', { n: missing.length, first: missing[0].code })}
              </p>
            ) : null}
            <button type="button" className="primary" onClick={props.onReview}>
              {t('submit.review')}
            </button>
          </>
        ) : null}
      </div>
    </aside>
  );
}
