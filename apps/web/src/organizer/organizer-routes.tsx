import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '../session/require-role';
import { Layout } from '../ui/layout';
import { campaignRoutes } from './campaigns/campaign-routes';
import { judgingRoutes } from './judging/judging-routes';
import { peopleRoutes } from './people/people-routes';
import { rubricRoutes } from './rubrics/rubric-routes';

/** The organizer's frame: campaigns first, then rubrics, the registers of enterprises and people, and the audit log. */
function OrganizerFrame() {
  const { t } = useTranslation('organizer');
  return (
    <Layout
      nav={[
        { to: '/organizer', label: t('nav.campaigns') },
        { to: '/organizer/rubrics', label: t('nav.rubrics') },
        { to: '/organizer/enterprises', label: t('nav.enterprises') },
        { to: '/organizer/users', label: t('nav.users') },
        { to: '/organizer/audit-log', label: t('nav.auditLog') },
      ]}
    />
  );
}

/** The organizer workspace under /app/organizer: every page needs a signed-in organizer. */
export const organizerRoutes: RouteObject = {
  path: 'organizer',
  element: (
    <RequireRole role="organizer">
      <OrganizerFrame />
    </RequireRole>
  ),
  children: [...campaignRoutes, ...judgingRoutes, ...rubricRoutes, ...peopleRoutes],
};
