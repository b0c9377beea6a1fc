import { useTranslation } from 'react-i18next';

/** Move up, move down and remove for one entry of a list, each button naming the entry it acts on. */
export function RowTools({
  name,
  index,
  count,
  onMove,
  onRemove,
  disabled,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('organizer');
  return (
    <div className="actions row-tools">
      <button type="button" disabled={disabled || index === 0} onClick={() => onMove(index - 1)}>
        {t('rubrics.moveUp', { name })}
      </button>
      <button type="button" disabled={disabled || index === count - 1} onClick={() => onMove(index + 1)}>
        {t('rubrics.moveDown', { name })}
      </button>
      <button type="button" className="danger" disabled={disabled || count === 1} onClick={onRemove}>
        {t('rubrics.remove', { name })}
      </button>
    </div>
  );
}

/** A problem the API names for a whole list (`bands`, `categories[0].items`), announced beside the list. */
export function ListProblem({ problem }: { problem: string | undefined }) {
  if (!problem) return null;
  return (
    <p className="field-problem" role="alert">
      {problem}
    </p>
  );
}
