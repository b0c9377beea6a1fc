import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { SelectField, TextField } from '../../../ui/field';
import { ProblemMessage } from '../../../ui/problem';
import { localName } from '../local-name';
import { categoryName, useLanguage, type Campaign } from '../use-campaign';
import { wallClockToInstant } from '../../../format/zoned-time';
import { formText } from '../form-text';

type CreateRound = components['schemas']['CreateRoundDto'];
const STAGES = ['document-review', 'site-visit', 'mystery-call', 'final-panel', 'self-assessment'] as const;
const METHODS = ['mean', 'trimmed-mean', 'median', 'z-score'] as const;

/** The judges' sheets take a PDF report when the organizer asks for one; nothing otherwise. */
function reportSlot(): NonNullable<NonNullable<CreateRound['materials']>['judgeAttachments']> {
  return {
    slots: [
      {
        key: 'report',
        label: { en: 'Report', zh: '评审报告' },
        accept: ['application/pdf'],
        maxBytes: 20 * 1024 * 1024,
        maxFiles: 1,
      },
    ],
    toEntrantsAfterAnnouncement: false,
  };
}

/** A new round of a panel or combined category: what is judged, on which rubric, when, and what judges see. */
export function CreateRoundForm({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizerJudging');
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const judged = campaign.categories.filter((c) => c.kind !== 'survey-benchmark');
  const rubrics = useQuery({ queryKey: ['rubrics'], queryFn: () => unwrap(api.GET('/rubrics')) });
  const [rubricId, setRubricId] = useState('');
  const rubric = rubrics.data?.find((r) => r.id === rubricId);
  const create = useMutation({
    mutationFn: (body: CreateRound) =>
      unwrap(
        api.POST('/campaigns/{campaignId}/rounds', { params: { path: { campaignId: campaign.id } }, body }),
      ),
    onSuccess: async (round) => {
      await queryClient.invalidateQueries({ queryKey: ['rounds', campaign.id] });
      void navigate(round.id);
    },
  });
  const error = create.error instanceof ApiError ? create.error : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => formText(form, name);
    const shown = text('materials.shownFields');
    create.mutate({
      name: text('name'),
      categoryId: text('categoryId'),
      stageType: text('stageType'),
      rubricId: text('rubricId'),
      rubricVersion: Number(text('rubricVersion')),
      judgesPerEntrant: Number(text('judgesPerEntrant')),
      aggregationMethod: text('aggregationMethod') as CreateRound['aggregationMethod'],
      opensAt: wallClockToInstant(text('opensAt'), campaign.timeZone),
      closesAt: wallClockToInstant(text('closesAt'), campaign.timeZone),
      materials: {
        shownFields: shown ? shown.split(/[\s,]+/).filter(Boolean) : null,
        judgeAttachments: form.get('report') ? reportSlot() : null,
        showPreviousFeedback: form.get('showPreviousFeedback') !== null,
      },
    });
  }

  return (
    <section aria-labelledby="create-round">
      <h2 id="create-round">{t('create.title')}</h2>
      <form onSubmit={submit} noValidate>
        <ProblemMessage error={create.error} />
        <TextField label={t('create.name')} name="name" error={error} required />
        <SelectField label={t('create.category')} name="categoryId" error={error} required>
          {judged.map((c) => (
            <option key={c.id} value={c.id} lang={categoryName(c, language).lang}>
              {categoryName(c, language).text}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('create.stage')} name="stageType" error={error} required>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`stage.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('create.rubric')}
          help={<Link to="/organizer/rubrics">{t('organizer:rubrics.manage')}</Link>}
          name="rubricId"
          error={error}
          required
          value={rubricId}
          onChange={(e) => setRubricId(e.target.value)}
        >
          <option value="">{t('create.chooseRubric')}</option>
          {rubrics.data?.map((r) => (
            <option key={r.id} value={r.id} lang={localName(r.name, r.nameZh, language).lang}>
              {localName(r.name, r.nameZh, language).text}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('create.rubricVersion')}
          name="rubricVersion"
          type="number"
          min={1}
          key={rubric?.id ?? 'none'}
          defaultValue={rubric?.latestVersion ?? 1}
          error={error}
          required
        />
        <TextField
          label={t('create.judgesPerEntrant')}
          name="judgesPerEntrant"
          type="number"
          min={1}
          defaultValue={3}
          error={error}
        />
        <SelectField label={t('create.method')} name="aggregationMethod" error={error} defaultValue="mean">
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`method.${m}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('create.opensAt')}
          help={t('create.timeZone', { zone: campaign.timeZone })}
          name="opensAt"
          type="datetime-local"
          error={error}
        />
        <TextField
          label={t('create.closesAt')}
          help={t('create.timeZone', { zone: campaign.timeZone })}
          name="closesAt"
          type="datetime-local"
          error={error}
        />
        <TextField
          label={t('create.shownFields')}
          help={t('create.shownFieldsHelp')}
          name="materials.shownFields"
          error={error}
        />
        <div className="field">
          <label>
            <input type="checkbox" name="report" /> {t('create.acceptReport')}
          </label>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" name="showPreviousFeedback" /> {t('materials.showPreviousFeedback')}
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={create.isPending}>
            {create.isPending ? t('saving', { ns: 'common' }) : t('create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
