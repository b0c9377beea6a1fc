import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '../session/require-role';
import { Layout } from '../ui/layout';
import { lazyPage } from '../ui/lazy-page';

function JudgeFrame() {
  const { t } = useTranslation('judge');
  return <Layout nav={[{ to: '/judge', label: t('nav.rounds') }]} />;
}

/** The judge workspace under /app/judge: my rounds, each assignment's dossier, and its score sheet. */
export const judgeRoutes: RouteObject = {
  path: 'judge',
  element: (
    <RequireRole role="judge">
      <JudgeFrame />
    </RequireRole>
  ),
  children: [
    { index: true, element: lazyPage(() => import('./rounds/my-rounds-page')) },
    { path: 'assignments/:assignmentId', element: lazyPage(() => import('./assignment/assignment-page')) },
    { path: 'assignments/:assignmentId/sheet', element: lazyPage(() => import('./sheet/score-sheet-page')) },
  ],
};
