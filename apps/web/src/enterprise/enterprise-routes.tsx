import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '../session/require-role';
import { Layout } from '../ui/layout';
import { lazyPage } from '../ui/lazy-page';
import { PageFailure } from './page-failure';

function EnterpriseLayout() {
  const { t } = useTranslation('enterprise');
  return (
    <Layout
      nav={[
        { to: '/enterprise', label: t('nav.home') },
        { to: '/enterprise/profile', label: t('nav.profile') },
        { to: '/enterprise/campaigns', label: t('nav.campaigns') },
      ]}
    />
  );
}

/** The enterprise workspace under /app/enterprise: every page needs a signed-in enterprise. */
export const enterpriseRoutes: RouteObject = {
  path: 'enterprise',
  element: (
    <RequireRole role="enterprise">
      <EnterpriseLayout />
    </RequireRole>
  ),
  children: [
    {
      // A page that throws while drawing keeps the frame (navigation, language) and says so in words.
      errorElement: <PageFailure />,
      children: [
        { index: true, element: lazyPage(() => import('./home-page')) },
        { path: 'check-inbox', element: lazyPage(() => import('./account/check-inbox-page')) },
        { path: 'profile', element: lazyPage(() => import('./profile/profile-page')) },
        { path: 'campaigns', element: lazyPage(() => import('./campaigns/campaigns-page')) },
        {
          path: 'candidacies/:campaignId/:candidacyId',
          element: lazyPage(() => import('./campaigns/candidacy-page')),
        },
        {
          path: 'candidacies/:campaignId/:candidacyId/entry',
          element: lazyPage(() => import('./entry/entry-page')),
        },
        {
          path: 'self-assessments/:roundId',
          element: lazyPage(() => import('./self-assessment/self-assessment-page')),
        },
      ],
    },
  ],
};
