import { useTranslation } from 'react-i18next';
import { CampaignFrame } from '../campaign-frame';
import { DataQuality } from '../data-quality';
import { SurveyImport } from '../survey-import';

/** Survey imports with their live progress and report, and the campaign's data quality. */
export default function CampaignSurveysPage() {
  const { t } = useTranslation('organizer');
  return (
    <CampaignFrame section={t('tabs.surveys')}>
      {(campaign) => (
        <>
          <SurveyImport campaign={campaign} />
          <section aria-labelledby="quality-title">
            <h2 id="quality-title">{t('surveys.quality')}</h2>
            <DataQuality campaign={campaign} />
          </section>
        </>
      )}
    </CampaignFrame>
  );
}
