import type { RouteObject } from 'react-router';

/** A campaign's rounds, assignments, conflicts, results and award proposals (under campaigns/:campaignId/). */
export const judgingRoutes: RouteObject[] = [];
