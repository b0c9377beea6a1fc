import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { ApiError } from '../../api/api-error';
import { SelectField, TextField } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem';
import { KEYS, nameIn, useLanguage, useReferenceData, type Enterprise } from '../enterprise-queries';
import { BusinessTypesField } from './business-types-field';
import { CreditCodeField } from './credit-code-field';
import { typedCreditCodeProblem } from './typed-credit-code';

type OrganizationType = 'in-house' | 'outsourced';

interface Draft {
  legalName: string;
  legalNameZh: string;
  creditCode: string;
  industryCode: string;
  organizationType: OrganizationType | '';
  businessTypes: string[];
  region: string;
  seats: string;
  annualRevenue: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

function draftOf(e: Enterprise | null): Draft {
  return {
    legalName: e?.legalName ?? '',
    legalNameZh: e?.legalNameZh ?? '',
    creditCode: e?.creditCode ?? '',
    industryCode: e?.industryCode ?? '',
    organizationType: (e?.organizationType as OrganizationType | undefined) ?? '',
    businessTypes: e?.businessTypes ?? [],
    region: e?.region ?? '',
    seats: e ? String(e.seats) : '',
    annualRevenue: e?.annualRevenue ?? '',
    contactName: e?.contactName ?? '',
    contactEmail: e?.contactEmail ?? '',
    contactPhone: e?.contactPhone ?? '',
  };
}

/** The enterprise's profile: created once, then edited (a verified identity's edit goes to review). */
export function ProfileForm({ enterprise }: { enterprise: Enterprise | null }) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const reference = useReferenceData();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(enterprise));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<'created' | 'edited' | null>(null);
  const [busy, setBusy] = useState(false);
  const [codeProblem, setCodeProblem] = useState<string | undefined>();
  const [typeProblem, setTypeProblem] = useState<string | undefined>();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setSaved(null);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(null);
    const problem = draft.creditCode.length < 18 ? 'length' : typedCreditCodeProblem(draft.creditCode);
    setCodeProblem(problem ? t(`profile.creditCodeProblems.${problem}`) : undefined);
    setTypeProblem(draft.organizationType ? undefined : t('profile.chooseOne'));
    if (problem || !draft.organizationType) return;
    setBusy(true);
    const body = {
      legalName: draft.legalName,
      legalNameZh: draft.legalNameZh || null,
      creditCode: draft.creditCode,
      industryCode: draft.industryCode,
      organizationType: draft.organizationType,
      businessTypes: draft.businessTypes,
      region: draft.region,
      seats: Number(draft.seats),
      annualRevenue: draft.annualRevenue.trim() || null,
      contactName: draft.contactName,
      contactEmail: draft.contactEmail,
      contactPhone: draft.contactPhone || null,
    };
    try {
      const next = enterprise
        ? await unwrap(api.PATCH('/enterprises/{id}', { params: { path: { id: enterprise.id } }, body }))
        : await unwrap(api.POST('/enterprises', { body }));
      queryClient.setQueryData(KEYS.myEnterprise, next);
      setSaved(enterprise ? 'edited' : 'created');
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  }

  const ref = reference.data;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="profile-form-title">
      <h2 id="profile-form-title">{enterprise ? t('profile.editTitle') : t('profile.createTitle')}</h2>
      <p>{enterprise ? t('profile.editIntro') : t('profile.createIntro')}</p>
      <ProblemMessage error={error} />
      <fieldset>
        <legend>{t('profile.identity')}</legend>
        <TextField
          label={t('profile.legalName')}
          help={t('profile.legalNameHelp')}
          name="legalName"
          error={error}
          value={draft.legalName}
          onChange={(e) => set('legalName', e.target.value)}
          required
        />
        <TextField
          label={t('profile.legalNameZh')}
          name="legalNameZh"
          error={error}
          value={draft.legalNameZh}
          onChange={(e) => set('legalNameZh', e.target.value)}
          lang="zh-CN"
        />
        <CreditCodeField
          value={draft.creditCode}
          onChange={(v) => {
            setCodeProblem(undefined);
            set('creditCode', v);
          }}
          error={error}
          problem={codeProblem}
        />
        <SelectField
          label={t('profile.industry')}
          name="industryCode"
          error={error}
          value={draft.industryCode}
          onChange={(e) => set('industryCode', e.target.value)}
          required
        >
          <option value="">{t('profile.choose')}</option>
          {ref?.industries.map((i) => (
            <option key={i.code} value={i.code}>
              {nameIn(i, language)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('profile.organizationType')}
          help={t('profile.organizationTypeHelp')}
          name="organizationType"
          error={error}
          problem={typeProblem}
          value={draft.organizationType}
          onChange={(e) => set('organizationType', e.target.value as OrganizationType)}
          required
        >
          <option value="">{t('profile.choose')}</option>
          {ref?.organizationTypes.map((o) => (
            <option key={o.code} value={o.code}>
              {nameIn(o, language)}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <fieldset>
        <legend>{t('profile.centre')}</legend>
        <BusinessTypesField
          options={ref?.businessTypes ?? []}
          value={draft.businessTypes}
          onChange={(v) => set('businessTypes', v)}
          problem={error?.problemFor('businessTypes')}
        />
        <TextField
          label={t('profile.region')}
          help={t('profile.regionHelp')}
          name="region"
          error={error}
          value={draft.region}
          onChange={(e) => set('region', e.target.value)}
          required
        />
        <TextField
          label={t('profile.seats')}
          help={t('profile.seatsHelp')}
          name="seats"
          type="number"
          inputMode="numeric"
          min={1}
          error={error}
          value={draft.seats}
          onChange={(e) => set('seats', e.target.value)}
          required
        />
        <TextField
          label={t('profile.annualRevenue')}
          help={t('profile.annualRevenueHelp')}
          name="annualRevenue"
          inputMode="decimal"
          error={error}
          value={draft.annualRevenue}
          onChange={(e) => set('annualRevenue', e.target.value)}
        />
      </fieldset>
      <fieldset>
        <legend>{t('profile.contact')}</legend>
        <TextField
          label={t('profile.contactName')}
          name="contactName"
          error={error}
          value={draft.contactName}
          onChange={(e) => set('contactName', e.target.value)}
          autoComplete="name"
          required
        />
        <TextField
          label={t('profile.contactEmail')}
          name="contactEmail"
          type="email"
          error={error}
          value={draft.contactEmail}
          onChange={(e) => set('contactEmail', e.target.value)}
          autoComplete="email"
          required
        />
        <TextField
          label={t('profile.contactPhone')}
          name="contactPhone"
          type="tel"
          error={error}
          value={draft.contactPhone}
          onChange={(e) => set('contactPhone', e.target.value)}
          autoComplete="tel"
        />
      </fieldset>
      {saved ? (
        <p className="notice" role="status">
          {saved === 'edited' ? t('profile.savedEdit') : t('profile.savedCreate')}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('common:saving') : enterprise ? t('profile.saveEdit') : t('profile.saveCreate')}
      </button>
    </form>
  );
}
