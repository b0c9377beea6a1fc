import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/lazy-page';

/** A campaign's rounds, assignments, conflicts, results and award proposals (under campaigns/:campaignId/). */
export const judgingRoutes: RouteObject[] = [
  { path: 'campaigns/:campaignId/rounds', element: lazyPage(() => import('./rounds/rounds-page')) },
  { path: 'campaigns/:campaignId/rounds/:roundId', element: lazyPage(() => import('./round/round-page')) },
  { path: 'campaigns/:campaignId/awards', element: lazyPage(() => import('./awards/awards-page')) },
];
