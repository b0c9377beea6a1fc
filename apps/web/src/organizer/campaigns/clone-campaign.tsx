import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/api-error';
import type { components } from '../../api/schema';
import { TextField } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem';

type Summary = components['schemas']['CampaignSummaryDto'];

/** Next year's campaign from this one: categories, industries and rules copied, the schedule shifted. */
export function CloneCampaign({ campaign }: { campaign: Summary }) {
  const { t } = useTranslation('organizer');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [slug, setSlug] = useState(campaign.slug.replace(String(campaign.year), String(campaign.year + 1)));
  const clone = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/campaigns/{id}/clone', { params: { path: { id: campaign.id } }, body: { slug } })),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['campaigns'] });
      void navigate(`/organizer/campaigns/${created.id}/setup`);
    },
  });
  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={t('list.cloneOne', { name: campaign.name })}
      >
        {t('list.clone')}
      </button>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    clone.mutate();
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <ProblemMessage error={clone.error} />
      <TextField
        label={t('list.cloneSlug')}
        name="slug"
        value={slug}
        onChange={(e) => setSlug(e.target.value)}
        error={clone.error instanceof ApiError ? clone.error : null}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={clone.isPending}>
          {t('list.cloneSubmit')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
