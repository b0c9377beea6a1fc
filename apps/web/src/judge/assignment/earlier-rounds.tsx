import type { RubricBand } from '@rubric-maths/rubric';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { formatNumber, formatPercent } from '../../format/format';
import { currentLanguage, type Language } from '../../i18n/i18n';
import { bandName } from '../../ui/rubric-sheet/rubric-names';

type EarlierRound = components['schemas']['EarlierRoundFeedbackDto'];
type EarlierCategory = components['schemas']['EarlierCategoryResultDto'];

const categoryName = (c: EarlierCategory, lang: Language) => (lang === 'zh' && c.nameZh ? c.nameZh : c.name);

/**
 * What the earlier rounds of this category said of the entrant, where this round shows it: the result and the
 * judges' comments by category, never who wrote them.
 */
export function EarlierRounds({ rounds, bands }: { rounds: EarlierRound[]; bands: RubricBand[] }) {
  const { t } = useTranslation('judge');
  const lang = currentLanguage();
  if (rounds.length === 0) return null;
  return (
    <section aria-labelledby="earlier-title" className="judge-earlier">
      <h2 id="earlier-title">{t('earlier.title')}</h2>
      <p className="judge-muted">{t('earlier.lead')}</p>
      {rounds.map((round) => (
        <section key={round.roundId} className="card" aria-labelledby={`earlier-${round.roundId}`}>
          <h3 id={`earlier-${round.roundId}`}>{round.roundName}</h3>
          <dl className="facts">
            <div>
              <dt>{t('earlier.score')}</dt>
              <dd>{formatNumber(round.score, lang, 2)}</dd>
            </div>
            <div>
              <dt>{t('rubricSheet:summary.band')}</dt>
              <dd>{bandName(bands, round.band, lang)}</dd>
            </div>
            {round.categories.map((c) => (
              <div key={c.code}>
                <dt>
                  {c.code}. {categoryName(c, lang)}
                </dt>
                <dd>{formatPercent(c.percent, lang)}</dd>
              </div>
            ))}
          </dl>
          <h4>{t('earlier.comments')}</h4>
          {round.comments.length === 0 ? (
            <p className="judge-muted">{t('earlier.noComments')}</p>
          ) : (
            <ul className="judge-earlier-comments">
              {round.comments.map((comment, i) => {
                const category = round.categories.find((c) => c.code === comment.category);
                return (
                  <li key={i}>
                    <strong>{category ? categoryName(category, lang) : comment.category}:</strong>{' '}
                    <span className="judge-answer">{comment.text}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
