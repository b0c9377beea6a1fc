import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazy-page';

/** Pages for people not signed in yet (registration, forgotten password), under /app. */
export const publicRoutes: RouteObject[] = [
  { path: 'register', element: lazyPage(() => import('./account/register-page')) },
  { path: 'forgot-password', element: lazyPage(() => import('./account/forgot-password-page')) },
];
