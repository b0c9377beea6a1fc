import { rubricProblems } from '@rubric-maths/rubric';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { currentLanguage } from '../../i18n/i18n';
import { TextAreaField, TextField } from '../../ui/field';
import {
  blankCategory,
  blankItem,
  definitionOf,
  freeCode,
  moved,
  problemExactly,
  weightSum,
  type CategoryDraft,
  type ItemDraft,
  type RubricDraft,
} from './rubric-draft';
import { ListProblem, RowTools } from './row-tools';

interface Props {
  draft: RubricDraft;
  onChange: (next: RubricDraft) => void;
  error: ApiError | null;
}

/**
 * The sum of the weights as typed, and whether the API would take them: the very checker the server runs
 * (bundled), so the verdict here and the API's never differ.
 */
function WeightStatus({ draft, error }: { draft: RubricDraft; error: ApiError | null }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const sum = weightSum(draft);
  // A weight's own problem shows here as it is typed; once the API has named it beside its input, only there.
  const apiNamedAWeight = error?.fieldProblems.some((p) => p.field.endsWith('.weight')) ?? false;
  const local = rubricProblems(definitionOf(draft)).find(
    (p) => p.field === 'categories' || (!apiNamedAWeight && p.field.endsWith('.weight')),
  );
  const problem = problemExactly(error, 'categories') ?? (local ? local.message[language] : undefined);
  return (
    <div className={problem ? 'weight-sum field-invalid' : 'weight-sum'}>
      <p role="status">{problem ? t('rubrics.weightSum', { sum }) : t('rubrics.weightSumValid')}</p>
      <ListProblem problem={problem} />
    </div>
  );
}

export function RubricCategoriesEditor({ draft, onChange, error }: Props) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const setCategories = (categories: CategoryDraft[]) => onChange({ ...draft, categories });
  const change = (c: number, patch: Partial<CategoryDraft>) =>
    setCategories(draft.categories.map((x, i) => (i === c ? { ...x, ...patch } : x)));
  const nameOf = (c: CategoryDraft) =>
    (language === 'zh' ? c.nameZh || c.name : c.name || c.nameZh) || c.code || t('rubrics.unnamed');
  return (
    <section aria-labelledby="rubric-categories">
      <h2 id="rubric-categories">{t('rubrics.categories')}</h2>
      <WeightStatus draft={draft} error={error} />
      {draft.categories.map((category, c) => {
        const at = `categories[${c}]`;
        const name = nameOf(category);
        return (
          <fieldset key={c} className="category-row rubric-category">
            <legend>{t('rubrics.categoryN', { n: c + 1, name })}</legend>
            <div className="form-grid">
              <TextField
                label={t('rubrics.code')}
                name={`${at}.code`}
                help={t('rubrics.codeHelp')}
                value={category.code}
                onChange={(e) => change(c, { code: e.target.value })}
                error={error}
                required
              />
              <TextField
                label={t('rubrics.nameEn')}
                name={`${at}.name`}
                value={category.name}
                onChange={(e) => change(c, { name: e.target.value })}
                error={error}
                required
              />
              <TextField
                label={t('rubrics.nameZh')}
                name={`${at}.nameZh`}
                value={category.nameZh}
                onChange={(e) => change(c, { nameZh: e.target.value })}
                error={error}
              />
              <TextField
                label={t('rubrics.weight')}
                name={`${at}.weight`}
                type="number"
                inputMode="numeric"
                min={1}
                max={100}
                value={category.weight}
                onChange={(e) => change(c, { weight: e.target.value })}
                error={error}
                required
              />
            </div>
            <ItemsEditor
              at={at}
              category={category}
              categoryName={name}
              draft={draft}
              error={error}
              onChange={(items) => change(c, { items })}
            />
            <RowTools
              name={name}
              index={c}
              count={draft.categories.length}
              onMove={(to) => setCategories(moved(draft.categories, c, to))}
              onRemove={() => setCategories(draft.categories.filter((_, i) => i !== c))}
            />
          </fieldset>
        );
      })}
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            setCategories([
              ...draft.categories,
              blankCategory(freeCode(draft, String(draft.categories.length + 1))),
            ])
          }
        >
          {t('rubrics.addCategory')}
        </button>
      </div>
    </section>
  );
}

function ItemsEditor({
  at,
  category,
  categoryName,
  draft,
  error,
  onChange,
}: {
  at: string;
  category: CategoryDraft;
  categoryName: string;
  draft: RubricDraft;
  error: ApiError | null;
  onChange: (items: ItemDraft[]) => void;
}) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const change = (i: number, patch: Partial<ItemDraft>) =>
    onChange(category.items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <div className="rubric-items">
      <h3>{t('rubrics.items')}</h3>
      <ListProblem problem={problemExactly(error, `${at}.items`)} />
      {category.items.map((item, i) => {
        const path = `${at}.items[${i}]`;
        const name =
          (language === 'zh' ? item.nameZh || item.name : item.name || item.nameZh) ||
          item.code ||
          t('rubrics.unnamed');
        return (
          <fieldset key={i} className="category-row rubric-item">
            <legend>{t('rubrics.itemN', { n: i + 1, name })}</legend>
            <div className="form-grid">
              <TextField
                label={t('rubrics.code')}
                name={`${path}.code`}
                value={item.code}
                onChange={(e) => change(i, { code: e.target.value })}
                error={error}
                required
              />
              <TextField
                label={t('rubrics.itemNameEn')}
                name={`${path}.name`}
                value={item.name}
                onChange={(e) => change(i, { name: e.target.value })}
                error={error}
                required
              />
              <TextField
                label={t('rubrics.itemNameZh')}
                name={`${path}.nameZh`}
                value={item.nameZh}
                onChange={(e) => change(i, { nameZh: e.target.value })}
                error={error}
              />
              <TextField
                label={t('rubrics.scaleMin')}
                name={`${path}.scaleMin`}
                type="number"
                inputMode="numeric"
                min={0}
                value={item.scaleMin}
                onChange={(e) => change(i, { scaleMin: e.target.value })}
                error={error}
                required
              />
              <TextField
                label={t('rubrics.scaleMax')}
                name={`${path}.scaleMax`}
                type="number"
                inputMode="numeric"
                min={1}
                value={item.scaleMax}
                onChange={(e) => change(i, { scaleMax: e.target.value })}
                error={error}
                required
              />
              <TextField
                label={t('rubrics.step')}
                name={`${path}.step`}
                help={t('rubrics.stepHelp')}
                type="number"
                inputMode="decimal"
                step="any"
                min={0}
                value={item.step}
                onChange={(e) => change(i, { step: e.target.value })}
                error={error}
              />
            </div>
            <div className="form-grid">
              <TextAreaField
                label={t('rubrics.guidance')}
                name={`${path}.guidance`}
                rows={3}
                value={item.guidance}
                onChange={(e) => change(i, { guidance: e.target.value })}
                error={error}
              />
              <TextAreaField
                label={t('rubrics.guidanceZh')}
                name={`${path}.guidanceZh`}
                rows={3}
                value={item.guidanceZh}
                onChange={(e) => change(i, { guidanceZh: e.target.value })}
                error={error}
              />
            </div>
            <RowTools
              name={name}
              index={i}
              count={category.items.length}
              onMove={(to) => onChange(moved(category.items, i, to))}
              onRemove={() => onChange(category.items.filter((_, j) => j !== i))}
            />
          </fieldset>
        );
      })}
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            onChange([
              ...category.items,
              blankItem(freeCode(draft, `${category.code || 'item'}.${category.items.length + 1}`)),
            ])
          }
        >
          {t('rubrics.addItem', { name: categoryName })}
        </button>
      </div>
    </div>
  );
}
