import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/lazy-page';

/** Enterprise and user search, and the audit log. */
export const peopleRoutes: RouteObject[] = [
  { path: 'enterprises', element: lazyPage(() => import('./enterprises-page')) },
  { path: 'users', element: lazyPage(() => import('./users-page')) },
  { path: 'audit-log', element: lazyPage(() => import('./audit-log-page')) },
];
