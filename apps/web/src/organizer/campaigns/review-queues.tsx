import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { Pending } from '../../ui/problem';
import { BulkReview } from './bulk-review';
import { categoryName, industryName, useReferenceData, type Campaign } from './campaign-data';

/** Enterprises whose identity awaits its first verification (all of them: identity is not per campaign). */
export function EnterpriseQueue({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const reference = useReferenceData();
  const pending = useQuery({
    queryKey: ['review', 'enterprises'],
    queryFn: () =>
      unwrap(api.GET('/enterprises', { params: { query: { status: 'pending', pageSize: 100 } } })),
  });
  if (!pending.data) return <Pending error={pending.error} retry={() => void pending.refetch()} />;
  const byId = new Map(pending.data.items.map((e) => [e.id, e]));
  return (
    <BulkReview
      caption={t('review.enterprisesCaption', { count: pending.data.total })}
      approveLabel={t('review.verify')}
      refuseLabel={t('review.reject')}
      items={pending.data.items.map((e) => ({
        id: e.id,
        name: e.legalName,
        cells: [
          { label: t('review.enterprise'), value: e.legalName },
          { label: t('review.creditCode'), value: e.creditCode },
          { label: t('dashboard.industry'), value: industryName(e.industryCode, reference.data, language) },
          {
            label: t('review.registeredAt'),
            value: formatDateTime(e.createdAt, campaign.timeZone, language),
          },
        ],
      }))}
      decide={async (id, decision, reason) => {
        const enterprise = byId.get(id)!;
        await unwrap(
          api.POST('/enterprises/{id}/review', {
            params: { path: { id } },
            body: {
              decision: decision === 'approve' ? 'verified' : 'rejected',
              profileRevision: enterprise.profileRevision,
              ...(reason ? { reason } : {}),
            },
          }),
        );
        return t(decision === 'approve' ? 'review.verifiedRow' : 'review.rejectedRow', {
          name: enterprise.legalName,
        });
      }}
      onDone={() => void pending.refetch()}
    />
  );
}

/** The campaign's candidacies awaiting a decision. */
export function CandidacyQueue({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const reference = useReferenceData();
  const pending = useQuery({
    queryKey: ['review', 'candidacies', campaign.id],
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/candidacies', {
          params: { path: { campaignId: campaign.id }, query: { state: 'submitted', pageSize: 100 } },
        }),
      ),
  });
  if (!pending.data) return <Pending error={pending.error} retry={() => void pending.refetch()} />;
  const byId = new Map(pending.data.items.map((c) => [c.id, c]));
  const category = (id: string) => {
    const c = campaign.categories.find((k) => k.id === id);
    return c ? categoryName(c, language) : id;
  };
  return (
    <BulkReview
      caption={t('review.candidaciesCaption', { count: pending.data.total })}
      approveLabel={t('review.approve')}
      refuseLabel={t('review.refuse')}
      items={pending.data.items.map((c) => ({
        id: c.id,
        name: c.enterpriseName ?? c.enterpriseId,
        cells: [
          { label: t('review.enterprise'), value: c.enterpriseName ?? c.enterpriseId },
          { label: t('review.category'), value: category(c.categoryId) },
          { label: t('dashboard.industry'), value: industryName(c.industryCode, reference.data, language) },
          { label: t('review.enteredAt'), value: formatDateTime(c.createdAt, campaign.timeZone, language) },
        ],
      }))}
      decide={async (id, decision, reason) => {
        const candidacy = byId.get(id)!;
        await unwrap(
          api.POST('/candidacies/{id}/decision', {
            params: { path: { id } },
            body: {
              decision: decision === 'approve' ? 'approved' : 'rejected',
              ...(reason ? { reason } : {}),
            },
          }),
        );
        const name = candidacy.enterpriseName ?? candidacy.enterpriseId;
        return t(decision === 'approve' ? 'review.approvedRow' : 'review.refusedRow', {
          name,
          category: category(candidacy.categoryId),
        });
      }}
      onDone={() => void pending.refetch()}
    />
  );
}
