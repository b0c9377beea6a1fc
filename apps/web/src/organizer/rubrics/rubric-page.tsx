import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { browserTimeZone, formatDateTime } from '../../format/format';
import { TextAreaField } from '../../ui/field';
import { Pending, ProblemMessage } from '../../ui/problem';
import { localName } from '../judging/local-name';
import { useLanguage } from '../judging/use-campaign';
import { RubricBandsEditor } from './rubric-bands-editor';
import { RubricCategoriesEditor } from './rubric-categories-editor';
import { definitionOf, draftOf, withRubricPaths, type RubricDefinition } from './rubric-draft';
import { rubricKey, rubricsKey, useRubric } from './rubric-queries';

/** One rubric: its versions (never changed once written) and the editor of its next version. */
export default function RubricPage() {
  const { rubricId = '' } = useParams();
  const { t } = useTranslation('organizer');
  const language = useLanguage();
  const rubric = useRubric(rubricId);
  const [saved, setSaved] = useState<number | null>(null);
  if (!rubric.data) return <Pending error={rubric.error} retry={() => void rubric.refetch()} />;
  const name = localName(rubric.data.name, rubric.data.nameZh, language);
  const latest = rubric.data.versions.at(-1);
  return (
    <>
      <p>
        <Link to="/organizer/rubrics">{t('rubrics.back')}</Link>
      </p>
      <h1 lang={name.lang}>{name.text}</h1>
      <p>
        <code>{rubric.data.key}</code>
        {' · '}
        <Link to={`/organizer/rubrics/new?from=${rubric.data.id}`}>
          {t('rubrics.createFromCopy', { name: name.text })}
        </Link>
      </p>
      <h2>{t('rubrics.versions')}</h2>
      <table className="stack">
        <thead>
          <tr>
            <th scope="col">{t('rubrics.version')}</th>
            <th scope="col">{t('rubrics.createdAt')}</th>
            <th scope="col">{t('rubrics.categoriesCount')}</th>
            <th scope="col">{t('rubrics.itemsCount')}</th>
            <th scope="col">{t('rubrics.note')}</th>
            <th scope="col">{t('rubrics.checksum')}</th>
          </tr>
        </thead>
        <tbody>
          {[...rubric.data.versions].reverse().map((v) => (
            <tr key={v.version}>
              <td data-label={t('rubrics.version')}>{v.version}</td>
              <td data-label={t('rubrics.createdAt')}>
                {formatDateTime(v.createdAt, browserTimeZone(), language)}
              </td>
              <td data-label={t('rubrics.categoriesCount')}>{v.categories.length}</td>
              <td data-label={t('rubrics.itemsCount')}>
                {v.categories.reduce((n, c) => n + c.items.length, 0)}
              </td>
              <td data-label={t('rubrics.note')}>{v.note ?? '—'}</td>
              <td data-label={t('rubrics.checksum')}>
                <code title={v.checksum}>{v.checksum.slice(0, 12)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {saved !== null ? (
        <p className="notice" role="status">
          {t('rubrics.savedVersion', { version: saved })}
        </p>
      ) : null}
      {latest ? (
        <NextVersionForm key={latest.version} rubricId={rubric.data.id} latest={latest} onSaved={setSaved} />
      ) : null}
    </>
  );
}

function NextVersionForm({
  rubricId,
  latest,
  onSaved,
}: {
  rubricId: string;
  latest: RubricDefinition & { version: number };
  onSaved: (version: number) => void;
}) {
  const { t } = useTranslation('organizer');
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(latest));
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/rubrics/{rubricId}/versions', {
          params: { path: { rubricId } },
          body: { ...definitionOf(draft), note: note.trim() || null },
        }),
      ),
    onSuccess: async (version) => {
      onSaved(version.version);
      await queryClient.invalidateQueries({ queryKey: rubricKey(rubricId) });
      await queryClient.invalidateQueries({ queryKey: rubricsKey });
    },
  });
  const error = withRubricPaths(save.error);
  const next = latest.version + 1;
  return (
    <form
      className="rubric-editor"
      aria-labelledby="next-version"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="next-version">{t('rubrics.newVersion', { version: next })}</h2>
      <p className="field-help">{t('rubrics.newVersionIntro', { version: latest.version })}</p>
      <ProblemMessage error={save.error} />
      <RubricCategoriesEditor draft={draft} onChange={setDraft} error={error} />
      <RubricBandsEditor draft={draft} onChange={setDraft} error={error} />
      <TextAreaField
        label={t('rubrics.note')}
        name="note"
        help={t('rubrics.noteHelp')}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={error}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('rubrics.saveVersion', { version: next })}
        </button>
      </div>
    </form>
  );
}
