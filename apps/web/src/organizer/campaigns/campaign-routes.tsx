import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/lazy-page';

const base = 'campaigns/:campaignId';

/** Campaigns: the list, each campaign's dashboard and tabs (set-up, review, surveys, rankings, announcement). */
export const campaignRoutes: RouteObject[] = [
  { index: true, element: lazyPage(() => import('./pages/campaigns-page')) },
  { path: base, element: lazyPage(() => import('./pages/campaign-overview-page')) },
  { path: `${base}/setup`, element: lazyPage(() => import('./pages/campaign-setup-page')) },
  { path: `${base}/review`, element: lazyPage(() => import('./pages/campaign-review-page')) },
  { path: `${base}/surveys`, element: lazyPage(() => import('./pages/campaign-surveys-page')) },
  { path: `${base}/rankings`, element: lazyPage(() => import('./pages/campaign-rankings-page')) },
  { path: `${base}/announcement`, element: lazyPage(() => import('./pages/campaign-announcement-page')) },
];
