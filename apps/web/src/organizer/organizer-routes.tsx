import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '../session/require-role';
import { Layout } from '../ui/layout';

function OrganizerHome() {
  const { t } = useTranslation('organizer');
  return <h1>{t('title')}</h1>;
}

/** The organizer workspace under /app/organizer: every page needs a signed-in organizer. */
export const organizerRoutes: RouteObject = {
  path: 'organizer',
  element: (
    <RequireRole role="organizer">
      <Layout />
    </RequireRole>
  ),
  children: [{ index: true, element: <OrganizerHome /> }],
};
