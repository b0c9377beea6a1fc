import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { ApiError } from './api/api-error';
import { enterpriseRoutes } from './enterprise/enterprise-routes';
import { publicRoutes } from './enterprise/public-routes';
import { judgeRoutes } from './judge/judge-routes';
import { organizerRoutes } from './organizer/organizer-routes';
import { NotFoundPage } from './pages/not-found';
import { SignInPage } from './pages/sign-in';
import { ROLE_HOME } from './session/require-role';
import { useSession } from './session/use-session';
import { Layout } from './ui/layout';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again; a dropped connection might.
      retry: (count, error) => count < 2 && error instanceof ApiError && error.status === 0,
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});

function Home() {
  const session = useSession();
  return <Navigate to={session ? ROLE_HOME[session.user.role] : '/sign-in'} replace />;
}

const router = createBrowserRouter(
  [
    { index: true, element: <Home /> },
    judgeRoutes,
    enterpriseRoutes,
    organizerRoutes,
    {
      element: <Layout />,
      children: [
        { path: 'sign-in', element: <SignInPage /> },
        ...publicRoutes,
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/app' },
);

/** The page's title follows the language, like the rest of the page. */
function DocumentTitle() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = t('appName');
  }, [t, i18n.language]);
  return null;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <DocumentTitle />
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
