import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '../session/require-role';
import { Layout } from '../ui/layout';

function EnterpriseHome() {
  const { t } = useTranslation('enterprise');
  return <h1>{t('title')}</h1>;
}

/** The enterprise workspace under /app/enterprise: every page needs a signed-in enterprise. */
export const enterpriseRoutes: RouteObject = {
  path: 'enterprise',
  element: (
    <RequireRole role="enterprise">
      <Layout />
    </RequireRole>
  ),
  children: [{ index: true, element: <EnterpriseHome /> }],
};
