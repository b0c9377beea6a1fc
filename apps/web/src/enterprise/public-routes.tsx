import type { RouteObject } from 'react-router';

/** Pages for people not signed in yet (registration, forgotten password), under /app. */
export const publicRoutes: RouteObject[] = [];
