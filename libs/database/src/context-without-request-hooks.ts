import { DynamicModule, Provider } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';

const REQUEST_HOOKS: unknown[] = [APP_GUARD, APP_INTERCEPTOR];

function isRequestHook(provider: Provider): boolean {
  return typeof provider === 'object' && 'provide' in provider && REQUEST_HOOKS.includes(provider.provide);
}

/**
 * The CLS module without the global guard and interceptor nestjs-cls always registers. They open a context
 * per request only when mounted, and nothing here mounts them: a transaction opens its own context (see
 * DatabaseModule). Unmounted they do nothing, yet a global interceptor makes Nest run its interceptor chain
 * on every request, two `AsyncResource.bind` calls each making an async resource and a deprecation wrapper:
 * 8 % of the API's CPU time on a cheap route (a CPU profile of GET /health/live under load, 2026-12-03).
 * The services (ClsService, the transactional plugin) are untouched.
 */
export function withoutRequestHooks(module: DynamicModule): DynamicModule {
  return {
    ...module,
    providers: module.providers?.filter((p) => !isRequestHook(p)),
    imports: module.imports?.map((m) =>
      m && typeof m === 'object' && 'module' in m ? withoutRequestHooks(m) : m,
    ),
  };
}
