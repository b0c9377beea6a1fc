import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/api-error';
import type { components } from '../../api/schema';
import { currentLanguage } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem';
import { ConditionEditor, conditionSources, isChoice, OptionsEditor } from './field-choices';
import { NewFieldForm } from './new-field-form';

type EntryForm = components['schemas']['EntryFormResponseDto'];
type Definition = components['schemas']['FormDefinitionDto'];
type Field = components['schemas']['FormFieldDto'];

/**
 * The API's problem with one field of the definition: its own checker names paths with brackets
 * (`definition.sections[0].fields[1].label.en`), its request validation with dots (`...sections.0.fields.1...`).
 */
function problemAt(error: ApiError | null, s: number, f: number, rest = ''): string | undefined {
  if (!error) return undefined;
  return (
    error.problemFor(`definition.sections[${s}].fields[${f}]${rest}`) ??
    error.problemFor(`definition.sections.${s}.fields.${f}${rest}`)
  );
}

/** A problem about the field as a whole (its type, its settings), not one shown beside a sub-field. */
function wholeFieldProblem(error: ApiError | null, s: number, f: number): string | undefined {
  const shownBeside = ['.label', '.options', '.showWhen'];
  return error?.fieldProblems.find((p) =>
    [`definition.sections[${s}].fields[${f}]`, `definition.sections.${s}.fields.${f}`].some(
      (at) =>
        (p.field === at || p.field.startsWith(`${at}.`)) &&
        !shownBeside.some((sub) => p.field.startsWith(`${at}${sub}`)),
    ),
  )?.message;
}

/** The field without its condition when `showWhen` is undefined (the API refuses an explicit null). */
function withCondition(field: Field, showWhen: Field['showWhen']): Field {
  const next = { ...field, showWhen };
  if (!showWhen) delete next.showWhen;
  return next;
}

/**
 * A form's next version made from its latest one, without JSON: each field's labels, whether it is
 * required, a choice field's options and when a field shows edited in place, fields removed or added; the API checks the whole and names each path at fault.
 */
export function FormVersionEditor({ forms }: { forms: EntryForm[] }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const [formId, setFormId] = useState('');
  // Kept here: a saved version moves the form's latest version on, which starts a fresh draft below.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const form = forms.find((f) => f.id === formId);
  return (
    <div className="card form-version-editor">
      <h3>{t('formEditor.title')}</h3>
      <SelectField
        label={t('formEditor.pick')}
        name="editFormId"
        value={formId}
        onChange={(e) => {
          setFormId(e.target.value);
          setSavedVersion(null);
        }}
      >
        <option value="">{t('setup.chooseFormPlaceholder')}</option>
        {forms.map((f) => (
          <option key={f.id} value={f.id}>
            {t('setup.formOption', { form: language === 'zh' ? f.nameZh : f.name, version: f.latestVersion })}
          </option>
        ))}
      </SelectField>
      {savedVersion !== null ? (
        <p className="notice" role="status">
          {t('formEditor.saved', { version: savedVersion })}
        </p>
      ) : null}
      {form ? (
        <VersionDraft key={`${form.id}-${form.latestVersion}`} form={form} onSaved={setSavedVersion} />
      ) : null}
    </div>
  );
}

function VersionDraft({ form, onSaved }: { form: EntryForm; onSaved: (version: number) => void }) {
  const { t } = useTranslation('organizer');
  const queryClient = useQueryClient();
  const latest = useQuery({
    queryKey: ['entry-form-version', form.id, form.latestVersion],
    queryFn: () =>
      unwrap(
        api.GET('/entry-forms/{formId}/versions/{version}', {
          params: { path: { formId: form.id, version: form.latestVersion } },
        }),
      ),
  });
  const [draft, setDraft] = useState<Definition | null>(null);
  const definition = draft ?? latest.data?.definition ?? null;
  const save = useMutation({
    mutationFn: (next: Definition) =>
      unwrap(
        api.POST('/entry-forms/{formId}/versions', {
          params: { path: { formId: form.id } },
          body: { definition: next },
        }),
      ),
    onSuccess: async (saved) => {
      onSaved(saved.version);
      await queryClient.invalidateQueries({ queryKey: ['entry-forms'] });
      await queryClient.invalidateQueries({ queryKey: ['entry-form-in-force'] });
    },
  });
  if (!definition) return <ProblemMessage error={latest.error} />;
  const error = save.error instanceof ApiError ? save.error : null;
  const setField = (s: number, f: number, next: Field | null) =>
    setDraft({
      sections: definition.sections.map((section, i) =>
        i !== s
          ? section
          : {
              ...section,
              fields: next
                ? section.fields.map((field, j) => (j === f ? next : field))
                : section.fields.filter((_, j) => j !== f),
            },
      ),
    });
  const addField = (s: number, field: Field) =>
    setDraft({
      sections: definition.sections.map((section, i) =>
        i === s ? { ...section, fields: [...section.fields, field] } : section,
      ),
    });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(definition);
      }}
      noValidate
    >
      <ProblemMessage error={save.error} />
      {definition.sections.map((section, s) => (
        <fieldset key={section.key} className="category-row">
          <legend>{section.title[currentLanguage()]}</legend>
          {section.fields.map((field, f) => {
            const path = `definition.sections[${s}].fields[${f}]`;
            const fieldProblem = wholeFieldProblem(error, s, f);
            const labelProblem = problemAt(error, s, f, '.label');
            const label = field.label[currentLanguage()];
            const earlier = [
              ...definition.sections.slice(0, s).flatMap((x) => x.fields),
              ...section.fields.slice(0, f),
            ];
            return (
              <div key={field.key} className="form-field-row">
                <p className="field-help">
                  {t('formEditor.fieldInfo', { key: field.key, type: t(`fieldTypes.${field.type}`) })}
                </p>
                <div className="form-grid">
                  <TextField
                    label={t('formEditor.labelEn')}
                    name={`${path}.label.en`}
                    problem={problemAt(error, s, f, '.label.en') ?? labelProblem}
                    value={field.label.en}
                    onChange={(e) =>
                      setField(s, f, { ...field, label: { ...field.label, en: e.target.value } })
                    }
                    error={error}
                  />
                  <TextField
                    label={t('formEditor.labelZh')}
                    name={`${path}.label.zh`}
                    problem={problemAt(error, s, f, '.label.zh')}
                    value={field.label.zh}
                    onChange={(e) =>
                      setField(s, f, { ...field, label: { ...field.label, zh: e.target.value } })
                    }
                    error={error}
                  />
                </div>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={field.required}
                    onChange={(e) => setField(s, f, { ...field, required: e.target.checked })}
                  />{' '}
                  {t('formEditor.required', { label: field.label[currentLanguage()] })}
                </label>
                {isChoice(field.type) ? (
                  <OptionsEditor
                    label={label}
                    path={path}
                    options={field.options ?? []}
                    onChange={(options) => setField(s, f, { ...field, options })}
                    problemOf={(rest) => problemAt(error, s, f, rest)}
                  />
                ) : null}
                <ConditionEditor
                  label={label}
                  path={path}
                  condition={field.showWhen}
                  sources={conditionSources(earlier)}
                  onChange={(showWhen) => setField(s, f, withCondition(field, showWhen))}
                  problemOf={(rest) => problemAt(error, s, f, rest)}
                />
                <button type="button" className="danger" onClick={() => setField(s, f, null)}>
                  {t('formEditor.remove', { label: field.label[currentLanguage()] })}
                </button>
                {fieldProblem ? (
                  <p className="field-problem" role="alert">
                    {fieldProblem}
                  </p>
                ) : null}
              </div>
            );
          })}
          <NewFieldForm
            section={section.title[currentLanguage()]}
            takenKeys={definition.sections.flatMap((x) => x.fields.map((f) => f.key))}
            earlier={definition.sections.slice(0, s + 1).flatMap((x) => x.fields)}
            onAdd={(field) => addField(s, field)}
          />
        </fieldset>
      ))}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('formEditor.save', { version: form.latestVersion + 1 })}
        </button>
      </div>
    </form>
  );
}
