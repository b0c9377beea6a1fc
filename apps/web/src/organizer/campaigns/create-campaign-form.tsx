import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/api-error';
import { browserTimeZone } from '../../format/format';
import { SelectField, TextField } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem';
import { IndustryChoices } from './industry-choices';

const TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Singapore',
  'Europe/London',
  'UTC',
];

/** A new campaign, in draft: its name, address, year, time zone, language and industries (the rest in set-up). */
export function CreateCampaignForm() {
  const { t } = useTranslation('organizer');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const year = new Date().getFullYear() + 1;
  const [form, setForm] = useState({
    name: '',
    nameZh: '',
    slug: '',
    year: String(year),
    timeZone: 'Asia/Shanghai',
    language: 'zh' as 'zh' | 'en',
  });
  const [industries, setIndustries] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/campaigns', {
          body: {
            name: form.name,
            nameZh: form.nameZh || null,
            slug: form.slug,
            year: Number(form.year),
            timeZone: form.timeZone,
            language: form.language,
            industryCodes: industries,
            categories: [],
            descriptionEn: '',
            descriptionZh: '',
            judgesRequireTwoFactor: false,
          },
        }),
      ),
    onSuccess: async (campaign) => {
      await queryClient.invalidateQueries({ queryKey: ['campaigns'] });
      void navigate(`/organizer/campaigns/${campaign.id}/setup`);
    },
  });
  const error = create.error instanceof ApiError ? create.error : null;
  const zones = TIME_ZONES.includes(browserTimeZone()) ? TIME_ZONES : [...TIME_ZONES, browserTimeZone()];
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="create-campaign">
      <h2 id="create-campaign">{t('create.title')}</h2>
      <form onSubmit={submit} noValidate>
        <ProblemMessage error={create.error} />
        <TextField
          label={t('create.name')}
          name="name"
          value={form.name}
          onChange={set('name')}
          error={error}
          required
        />
        <TextField
          label={t('create.nameZh')}
          name="nameZh"
          value={form.nameZh}
          onChange={set('nameZh')}
          error={error}
          help={t('create.nameZhHelp')}
        />
        <TextField
          label={t('create.slug')}
          name="slug"
          value={form.slug}
          onChange={set('slug')}
          error={error}
          help={t('create.slugHelp')}
          required
        />
        <TextField
          label={t('create.year')}
          name="year"
          type="number"
          inputMode="numeric"
          value={form.year}
          onChange={set('year')}
          error={error}
          required
        />
        <SelectField
          label={t('create.timeZone')}
          name="timeZone"
          value={form.timeZone}
          onChange={set('timeZone')}
          error={error}
        >
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('create.language')}
          name="language"
          value={form.language}
          onChange={set('language')}
          error={error}
          help={t('create.languageHelp')}
        >
          <option value="zh">中文</option>
          <option value="en">English</option>
        </SelectField>
        <IndustryChoices value={industries} onChange={setIndustries} error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={create.isPending}>
            {create.isPending ? t('common:saving') : t('create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
