import type { RubricCategory } from '@rubric-maths/rubric';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { guidanceIn, nameIn } from './rubric-names';
import type { CategorySummary } from './sheet-summary';

/** Enter moves on to the next score, as Tab does, so a judge can type a whole sheet from the keyboard. */
function nextScoreOnEnter(e: KeyboardEvent<HTMLInputElement>) {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  const scores = [...document.querySelectorAll<HTMLInputElement>('input[data-score]')];
  scores[scores.indexOf(e.currentTarget) + 1]?.focus();
}

/** One category of the sheet: its items with their guidance and scale, a live percentage, a comment. */
export function SheetCategory(props: {
  category: RubricCategory;
  summary: CategorySummary;
  typed: Record<string, string>;
  comment: string;
  problemOf: (itemCode: string) => string | undefined;
  readOnly: boolean;
  onScore: (itemCode: string, text: string) => void;
  onComment: (text: string) => void;
}) {
  const { t } = useTranslation('rubricSheet');
  const lang = currentLanguage();
  const { category, summary, readOnly } = props;
  const id = `category-${category.code}`;
  return (
    <fieldset className="judge-category" aria-labelledby={`${id}-title`}>
      <legend className="visually-hidden">{nameIn(category, lang)}</legend>
      <div className="judge-category-head">
        <h2 id={`${id}-title`}>
          {category.code}. {nameIn(category, lang)}
        </h2>
        <p className="judge-category-figures" aria-live="polite">
          {t('sheet.weight', { weight: category.weight })} ·{' '}
          {summary.percent === null
            ? t('sheet.categoryPartial', { scored: summary.scored, items: summary.items })
            : formatPercent(summary.percent, lang)}
        </p>
      </div>
      {category.items.map((item) => {
        const inputId = `score-${item.code}`;
        const problem = props.problemOf(item.code);
        const guidance = guidanceIn(item, lang);
        const describedBy = [problem ? `${inputId}-problem` : '', guidance ? `${inputId}-guidance` : '']
          .filter(Boolean)
          .join(' ');
        return (
          <div key={item.code} className={problem ? 'judge-item field-invalid' : 'judge-item'}>
            <label htmlFor={inputId} className="judge-item-label">
              <span className="judge-item-code">{item.code}</span> {nameIn(item, lang)}
            </label>
            {guidance ? (
              <p className="field-help judge-item-guidance" id={`${inputId}-guidance`} lang={guidance.lang}>
                {guidance.text}
              </p>
            ) : null}
            <div className="judge-item-input">
              <input
                id={inputId}
                data-score={item.code}
                name={`values.${item.code}`}
                type="number"
                inputMode="decimal"
                min={item.scaleMin}
                max={item.scaleMax}
                step={item.step ?? 1}
                value={props.typed[item.code] ?? ''}
                readOnly={readOnly}
                aria-invalid={problem ? true : undefined}
                aria-describedby={describedBy || undefined}
                onChange={(e) => props.onScore(item.code, e.target.value)}
                onKeyDown={nextScoreOnEnter}
              />
              <span className="judge-scale">
                {t('sheet.scale', { min: item.scaleMin, max: item.scaleMax })}
              </span>
            </div>
            {problem ? (
              <p className="field-problem" id={`${inputId}-problem`} role="alert">
                {problem}
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="field judge-comment">
        <label htmlFor={`comment-${category.code}`}>
          {t('sheet.comment', { name: nameIn(category, lang) })}
        </label>
        <textarea
          id={`comment-${category.code}`}
          rows={2}
          maxLength={4000}
          value={props.comment}
          readOnly={readOnly}
          onChange={(e) => props.onComment(e.target.value)}
        />
      </div>
    </fieldset>
  );
}
