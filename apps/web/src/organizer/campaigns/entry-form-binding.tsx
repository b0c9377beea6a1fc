import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/api-error';
import type { components } from '../../api/schema';
import { currentLanguage } from '../../i18n/i18n';
import { SelectField } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem';
import { categoryName, type Campaign, type Category } from './campaign-data';
import { FormVersionEditor } from './form-version-editor';

type EntryForm = components['schemas']['EntryFormResponseDto'];

/** Each category's entry form: the form in force and its version, and the choice of another (draft only). */
export function EntryFormBindings({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizer');
  const forms = useQuery({ queryKey: ['entry-forms'], queryFn: () => unwrap(api.GET('/entry-forms')) });
  return (
    <section aria-labelledby="entry-forms-title">
      <h2 id="entry-forms-title">{t('setup.entryForms')}</h2>
      <p className="field-help">{t('setup.entryFormsHelp')}</p>
      {campaign.categories.length === 0 ? <p>{t('setup.noCategories')}</p> : null}
      {campaign.categories.map((category) => (
        <CategoryForm key={category.id} campaign={campaign} category={category} forms={forms.data ?? []} />
      ))}
      {forms.data && forms.data.length > 0 ? <FormVersionEditor forms={forms.data} /> : null}
    </section>
  );
}

function CategoryForm({
  campaign,
  category,
  forms,
}: {
  campaign: Campaign;
  category: Category;
  forms: EntryForm[];
}) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const path = { campaignId: campaign.id, categoryId: category.id };
  const key = ['entry-form-in-force', campaign.id, category.id];
  const inForce = useQuery({
    queryKey: key,
    // A category without a form answers 404: that is "no form", not a failure.
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/categories/{categoryId}/entry-form', { params: { path } }),
      ).catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }),
  });
  const [formId, setFormId] = useState('');
  const bind = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/campaigns/{campaignId}/categories/{categoryId}/entry-form', {
          params: { path },
          body: { formId },
        }),
      ),
    onSuccess: (data) => queryClient.setQueryData(key, data),
  });
  const frozen = campaign.state !== 'draft';
  const current = inForce.data;
  return (
    <div className="card entry-form-binding">
      <h3>{categoryName(category, language)}</h3>
      <p>
        {current
          ? t('setup.formInForce', {
              form: language === 'zh' ? current.nameZh : current.name,
              version: current.version,
            })
          : t('setup.noForm')}
      </p>
      {!frozen ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            bind.mutate();
          }}
        >
          <ProblemMessage error={bind.error} />
          <SelectField
            label={t('setup.chooseForm')}
            name="formId"
            value={formId}
            onChange={(e) => setFormId(e.target.value)}
            error={bind.error instanceof ApiError ? bind.error : null}
          >
            <option value="">{t('setup.chooseFormPlaceholder')}</option>
            {forms.map((f) => (
              <option key={f.id} value={f.id}>
                {t('setup.formOption', {
                  form: language === 'zh' ? f.nameZh : f.name,
                  version: f.latestVersion,
                })}
              </option>
            ))}
          </SelectField>
          <div className="actions">
            <button type="submit" disabled={!formId || bind.isPending}>
              {t('setup.bindForm')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
