import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from './session-store';
import { useSession } from './use-session';

/** Where each role lands after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  judge: '/judge',
  enterprise: '/enterprise',
  organizer: '/organizer',
};

/**
 * A workspace's pages only for its role. The API refuses the others anyway; this keeps a person from
 * landing on a page whose every request would be refused.
 */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (!session)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (session.user.role !== role)
    return (
      <section aria-labelledby="forbidden-title">
        <h1 id="forbidden-title">{t('errors.forbidden')}</h1>
        <p>
          <a href={`/app${ROLE_HOME[session.user.role]}`}>{t('home.choose')}</a>
        </p>
      </section>
    );
  return <>{children}</>;
}
