import { DynamicModule, Provider } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ClsModule, ClsModuleOptions } from 'nestjs-cls';

const REQUEST_HOOKS: unknown[] = [APP_GUARD, APP_INTERCEPTOR];

function isDynamicModule(m: unknown): m is DynamicModule {
  return typeof m === 'object' && m !== null && 'module' in m;
}

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
 *
 * Refuses options that mount either hook, and a module holding other than exactly one of each (a newer
 * nestjs-cls registering something else under these tokens), rather than drop a hook that does something.
 */
export function clsModuleWithoutRequestHooks(options: ClsModuleOptions): DynamicModule {
  if (options.guard?.mount || options.interceptor?.mount) {
    throw new Error('clsModuleWithoutRequestHooks drops the CLS guard and interceptor: do not mount them');
  }
  const module = ClsModule.forRoot(options);
  const dropped = (module.imports ?? [])
    .filter(isDynamicModule)
    .flatMap((m) => (m.providers ?? []).filter(isRequestHook));
  const imports = module.imports?.map((m) =>
    isDynamicModule(m) ? { ...m, providers: m.providers?.filter((p) => !isRequestHook(p)) } : m,
  );
  const tokens = dropped.map((p) => (p as { provide: unknown }).provide);
  if (tokens.length !== 2 || !tokens.includes(APP_GUARD) || !tokens.includes(APP_INTERCEPTOR)) {
    throw new Error(
      `nestjs-cls registered ${tokens.length} global request hooks, not its idle guard and interceptor: ` +
        'check what this version registers before dropping them',
    );
  }
  return { ...module, imports };
}
