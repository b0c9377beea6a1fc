import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { currentLanguage } from '../../i18n/i18n';
import { TextField } from '../../ui/field';
import { blankBand, moved, problemExactly, type BandDraft, type RubricDraft } from './rubric-draft';
import { ListProblem, RowTools } from './row-tools';

/** The certification bands: whole points of the weighted total, each with its outcome, names and meaning. */
export function RubricBandsEditor({
  draft,
  onChange,
  error,
}: {
  draft: RubricDraft;
  onChange: (next: RubricDraft) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const setBands = (bands: BandDraft[]) => onChange({ ...draft, bands });
  const change = (b: number, patch: Partial<BandDraft>) =>
    setBands(draft.bands.map((x, i) => (i === b ? { ...x, ...patch } : x)));
  return (
    <section aria-labelledby="rubric-bands">
      <h2 id="rubric-bands">{t('rubrics.bands')}</h2>
      <p className="field-help">{t('rubrics.bandsHelp')}</p>
      <ListProblem problem={problemExactly(error, 'bands')} />
      {draft.bands.map((band, b) => {
        const at = `bands[${b}]`;
        const name = (language === 'zh' ? band.nameZh || band.outcome : band.outcome) || t('rubrics.unnamed');
        return (
          <fieldset key={b} className="category-row rubric-band">
            <legend>{t('rubrics.bandN', { n: b + 1, name })}</legend>
            <div className="form-grid">
              <TextField
                label={t('rubrics.bandMin')}
                name={`${at}.min`}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                value={band.min}
                onChange={(e) => change(b, { min: e.target.value })}
                error={error}
                required
              />
              <TextField
                label={t('rubrics.bandMax')}
                name={`${at}.max`}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                value={band.max}
                onChange={(e) => change(b, { max: e.target.value })}
                error={error}
                required
              />
              <TextField
                label={t('rubrics.outcome')}
                name={`${at}.outcome`}
                help={t('rubrics.outcomeHelp')}
                value={band.outcome}
                onChange={(e) => change(b, { outcome: e.target.value })}
                error={error}
                required
              />
              <TextField
                label={t('rubrics.bandNameZh')}
                name={`${at}.nameZh`}
                value={band.nameZh}
                onChange={(e) => change(b, { nameZh: e.target.value })}
                error={error}
              />
              <TextField
                label={t('rubrics.meaning')}
                name={`${at}.meaning`}
                value={band.meaning}
                onChange={(e) => change(b, { meaning: e.target.value })}
                error={error}
              />
              <TextField
                label={t('rubrics.meaningZh')}
                name={`${at}.meaningZh`}
                value={band.meaningZh}
                onChange={(e) => change(b, { meaningZh: e.target.value })}
                error={error}
              />
            </div>
            <RowTools
              name={name}
              index={b}
              count={draft.bands.length}
              onMove={(to) => setBands(moved(draft.bands, b, to))}
              onRemove={() => setBands(draft.bands.filter((_, i) => i !== b))}
            />
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" onClick={() => setBands([...draft.bands, blankBand()])}>
          {t('rubrics.addBand')}
        </button>
      </div>
    </section>
  );
}
