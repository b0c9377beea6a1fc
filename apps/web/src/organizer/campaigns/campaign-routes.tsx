import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';

function CampaignsHome() {
  const { t } = useTranslation('organizer');
  return <h1>{t('title')}</h1>;
}

/** Campaigns: the list, each campaign's dashboard and tabs (set-up, review, surveys, rankings, announcement). */
export const campaignRoutes: RouteObject[] = [{ index: true, element: <CampaignsHome /> }];
