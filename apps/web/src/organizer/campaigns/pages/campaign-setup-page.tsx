import { useTranslation } from 'react-i18next';
import { CampaignFrame } from '../campaign-frame';
import { CategoriesEditor } from '../categories-editor';
import { EntryFormBindings } from '../entry-form-binding';
import { InstrumentForm } from '../instrument-form';
import { RulesForm } from '../rules-form';
import { ScheduleForm } from '../schedule-form';

/** Set-up in forms: categories, schedule, rules and industries, each category's entry form, and the survey instrument. */
export default function CampaignSetupPage() {
  const { t } = useTranslation('organizer');
  return (
    <CampaignFrame section={t('tabs.setup')}>
      {(campaign) => (
        <div className="setup" key={campaign.id}>
          <CategoriesEditor campaign={campaign} />
          <ScheduleForm campaign={campaign} />
          <RulesForm campaign={campaign} />
          <EntryFormBindings campaign={campaign} />
          <InstrumentForm campaign={campaign} />
        </div>
      )}
    </CampaignFrame>
  );
}
