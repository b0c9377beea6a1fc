import { useTranslation } from 'react-i18next';
import { CampaignFrame } from '../campaign-frame';
import { CandidacyQueue, EnterpriseQueue } from '../review-queues';

/** The review queues: enterprises to verify, then the campaign's candidacies to decide. */
export default function CampaignReviewPage() {
  const { t } = useTranslation('organizer');
  return (
    <CampaignFrame section={t('tabs.review')}>
      {(campaign) => (
        <>
          <section aria-labelledby="enterprise-queue">
            <h2 id="enterprise-queue">{t('review.enterprises')}</h2>
            <EnterpriseQueue campaign={campaign} />
          </section>
          <section aria-labelledby="candidacy-queue">
            <h2 id="candidacy-queue">{t('review.candidacies')}</h2>
            <CandidacyQueue campaign={campaign} />
          </section>
        </>
      )}
    </CampaignFrame>
  );
}
