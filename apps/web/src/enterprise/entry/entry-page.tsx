import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerValue } from '@entry-rules/form-definition';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/api-error';
import { Pending } from '../../ui/problem';
import { browserTimeZone } from '../../format/format';
import { inLanguage, KEYS, useCampaigns, useLanguage } from '../enterprise-queries';
import { completeness, shownFields, type Entry, type ShownAnswers } from './entry-answers';
import { EntryField } from './entry-field';
import { EntryHeader } from './entry-header';
import type { SaveStatus } from './save-state';
import { SubmitPanel } from './submit-panel';

/** The entry form of a candidacy's category, as its version in force defines it; every answer a draft. */
export default function EntryPage() {
  const { campaignId = '', candidacyId = '' } = useParams();
  const { t } = useTranslation('enterprise');
  const entry = useQuery({
    queryKey: KEYS.entry(candidacyId),
    queryFn: () => unwrap(api.GET('/candidacies/{id}/entry', { params: { path: { id: candidacyId } } })),
  });
  if (entry.isPending || entry.error)
    return (
      <section aria-labelledby="entry-title">
        <h1 id="entry-title">{t('entry.title')}</h1>
        <Pending error={entry.error} retry={() => void entry.refetch()} />
      </section>
    );
  return <EntryForm key={entry.data.form.formId} campaignId={campaignId} entry={entry.data} />;
}

function EntryForm({ campaignId, entry }: { campaignId: string; entry: Entry }) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const queryClient = useQueryClient();
  const campaigns = useCampaigns();
  const timeZone = campaigns.data?.find((c) => c.id === campaignId)?.timeZone ?? browserTimeZone();
  const candidacyId = entry.candidacyId;
  const definition = entry.form.definition;
  const [answers, setAnswers] = useState<ShownAnswers>(() => ({ ...entry.answers }));
  const [status, setStatus] = useState<Record<string, SaveStatus>>({});
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const editable = entry.editable;
  const shown = shownFields(definition, answers);
  const progress = completeness(definition, answers);

  const missingText = t('entry.missingHere');

  const setOne = (key: string, value: ShownAnswers[string]) => setAnswers((a) => ({ ...a, [key]: value }));
  const mark = (key: string, s: SaveStatus, problem?: string) => {
    setStatus((x) => ({ ...x, [key]: s }));
    setProblems((x) => ({ ...x, [key]: problem }));
  };

  async function save(key: string, value: AnswerValue) {
    mark(key, 'saving');
    try {
      const next = await unwrap(
        api.PUT('/candidacies/{id}/entry/answers/{fieldKey}', {
          params: { path: { id: candidacyId, fieldKey: key } },
          body: { value },
        }),
      );
      queryClient.setQueryData(KEYS.entry(candidacyId), next);
      mark(key, 'saved');
    } catch (e) {
      const error = e instanceof ApiError ? e : ApiError.offline();
      mark(key, 'failed', error.fieldProblems[0]?.message || error.message || t('entry.notSaved'));
    }
  }

  function submitted(next: Entry) {
    queryClient.setQueryData(KEYS.entry(candidacyId), next);
  }
  function refused(error: ApiError) {
    const byField: Record<string, string | undefined> = {};
    for (const p of error.fieldProblems) byField[p.field] = p.message || missingText;
    setProblems((x) => ({ ...x, ...byField }));
  }

  return (
    <section aria-labelledby="entry-title" className="entry">
      <p>
        <Link to={`/enterprise/candidacies/${campaignId}/${candidacyId}`}>{t('entry.backToCandidacy')}</Link>
      </p>
      <EntryHeader entry={entry} progress={progress} timeZone={timeZone} />
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        {definition.sections.map((section) => {
          const fields = section.fields.filter((f) => shown.has(f.key));
          if (fields.length === 0) return null;
          return (
            <fieldset key={section.key} className="entry-section">
              <legend>
                <h2>{inLanguage(section.title, language)}</h2>
              </legend>
              {section.description ? <p>{inLanguage(section.description, language)}</p> : null}
              {fields.map((field) => (
                <EntryField
                  key={field.key}
                  candidacyId={candidacyId}
                  field={field}
                  value={answers[field.key]}
                  editable={editable}
                  problem={problems[field.key]}
                  status={status[field.key]}
                  onLocalChange={(v) => setOne(field.key, v ?? undefined)}
                  onSave={(v) => void save(field.key, v)}
                  onDocuments={(docs) => {
                    setOne(field.key, docs);
                    void queryClient.invalidateQueries({ queryKey: KEYS.entry(candidacyId) });
                  }}
                />
              ))}
            </fieldset>
          );
        })}
      </form>
      <SubmitPanel
        entry={entry}
        progress={progress}
        onSubmitted={submitted}
        onRefused={refused}
        timeZone={timeZone}
      />
    </section>
  );
}
