import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '../session/require-role';
import { Layout } from '../ui/layout';

function JudgeHome() {
  const { t } = useTranslation('judge');
  return <h1>{t('title')}</h1>;
}

/** The judge workspace under /app/judge: every page needs a signed-in judge. */
export const judgeRoutes: RouteObject = {
  path: 'judge',
  element: (
    <RequireRole role="judge">
      <Layout />
    </RequireRole>
  ),
  children: [{ index: true, element: <JudgeHome /> }],
};
