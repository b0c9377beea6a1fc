import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { TextAreaField, TextField } from '../../ui/field';
import { Pending, ProblemMessage } from '../../ui/problem';
import { localName } from '../judging/local-name';
import { useLanguage } from '../judging/use-campaign';
import { RubricBandsEditor } from './rubric-bands-editor';
import { RubricCategoriesEditor } from './rubric-categories-editor';
import { blankDraft, definitionOf, draftOf, withRubricPaths, type RubricDraft } from './rubric-draft';
import { rubricsKey, useRubric } from './rubric-queries';

/** A new rubric, from scratch or (with ?from=<rubric id>) from a copy of another's latest version. */
export default function NewRubricPage() {
  const [params] = useSearchParams();
  const from = params.get('from') ?? '';
  const source = useRubric(from);
  const { t } = useTranslation('organizer');
  if (from && !source.data) return <Pending error={source.error} retry={() => void source.refetch()} />;
  const latest = source.data?.versions.at(-1);
  return (
    <>
      <p>
        <Link to="/organizer/rubrics">{t('rubrics.back')}</Link>
      </p>
      <h1>{t('rubrics.newTitle')}</h1>
      <NewRubricForm
        key={from}
        start={latest ? draftOf(latest) : blankDraft()}
        origin={source.data && latest ? { ...source.data, version: latest.version } : null}
      />
    </>
  );
}

function NewRubricForm({
  start,
  origin,
}: {
  start: RubricDraft;
  origin: { name: string; nameZh: string | null; version: number } | null;
}) {
  const { t } = useTranslation('organizer');
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(start);
  const [head, setHead] = useState({ key: '', name: '', nameZh: '', note: '' });
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/rubrics', {
          body: {
            key: head.key.trim(),
            name: head.name.trim(),
            nameZh: head.nameZh.trim() || null,
            note: head.note.trim() || null,
            ...definitionOf(draft),
          },
        }),
      ),
    onSuccess: async (rubric) => {
      await queryClient.invalidateQueries({ queryKey: rubricsKey });
      void navigate(`/organizer/rubrics/${rubric.id}`);
    },
  });
  const error = withRubricPaths(create.error);
  const originName = origin ? localName(origin.name, origin.nameZh, language).text : '';
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <p className="field-help">
        {origin
          ? t('rubrics.copyOf', { name: originName, version: origin.version })
          : t('rubrics.fromScratch')}
      </p>
      <ProblemMessage error={create.error} />
      <div className="form-grid">
        <TextField
          label={t('rubrics.key')}
          name="key"
          help={t('rubrics.keyHelp')}
          value={head.key}
          onChange={(e) => setHead({ ...head, key: e.target.value })}
          error={error}
          required
        />
        <TextField
          label={t('rubrics.nameEn')}
          name="name"
          value={head.name}
          onChange={(e) => setHead({ ...head, name: e.target.value })}
          error={error}
          required
        />
        <TextField
          label={t('rubrics.nameZh')}
          name="nameZh"
          value={head.nameZh}
          onChange={(e) => setHead({ ...head, nameZh: e.target.value })}
          error={error}
        />
      </div>
      <RubricCategoriesEditor draft={draft} onChange={setDraft} error={error} />
      <RubricBandsEditor draft={draft} onChange={setDraft} error={error} />
      <TextAreaField
        label={t('rubrics.note')}
        name="note"
        help={t('rubrics.noteHelp')}
        rows={2}
        value={head.note}
        onChange={(e) => setHead({ ...head, note: e.target.value })}
        error={error}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('rubrics.saveNew')}
        </button>
      </div>
    </form>
  );
}
