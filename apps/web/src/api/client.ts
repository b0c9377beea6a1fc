import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { currentLanguage } from '../i18n/i18n';
import { readSession, signOut } from '../session/session-store';
import { ApiError, type ApiErrorBody } from './api-error';

/**
 * The only way the workspaces talk to the API: every path, parameter and body is typed from the OpenAPI
 * document (schema.d.ts is generated from it), so a page cannot call a route or send a field the API lacks.
 */
export const api = createClient<paths>({ baseUrl: '' });

const authenticate: Middleware = {
  onRequest({ request }) {
    const session = readSession();
    if (session) request.headers.set('authorization', `Bearer ${session.accessToken}`);
    // Error messages come back in the language the person reads the page in.
    request.headers.set('accept-language', currentLanguage());
    return request;
  },
  onResponse({ response }) {
    // A session that expired or was revoked (password change, account disabled) sends the person to sign in.
    if (response.status === 401 && readSession()) signOut('expired');
    return response;
  },
};
api.use(authenticate);

/** The data of an answer, or an ApiError carrying the API's code, message and field problems. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw ApiError.offline();
  }
  if (result.response.ok) return result.data as T;
  throw ApiError.from(result.response.status, result.error as ApiErrorBody | undefined);
}
