import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/lazy-page';

/** Rubrics: the list, a new one (from scratch or a copy), and one rubric's versions with its next one. */
export const rubricRoutes: RouteObject[] = [
  { path: 'rubrics', element: lazyPage(() => import('./rubrics-page')) },
  { path: 'rubrics/new', element: lazyPage(() => import('./new-rubric-page')) },
  { path: 'rubrics/:rubricId', element: lazyPage(() => import('./rubric-page')) },
];
