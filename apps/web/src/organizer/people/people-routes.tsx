import type { RouteObject } from 'react-router';

/** Enterprise and user search, and the audit log. */
export const peopleRoutes: RouteObject[] = [];
