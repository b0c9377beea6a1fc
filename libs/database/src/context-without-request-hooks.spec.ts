import { DynamicModule, Provider } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ClsModule } from 'nestjs-cls';
import { withoutRequestHooks } from './context-without-request-hooks';

function providersOf(module: DynamicModule): Provider[] {
  const nested = (module.imports ?? []).flatMap((m) =>
    m && typeof m === 'object' && 'module' in m ? providersOf(m) : [],
  );
  return [...(module.providers ?? []), ...nested];
}

function tokensOf(module: DynamicModule): unknown[] {
  return providersOf(module).map((p) => (typeof p === 'function' ? p : p.provide));
}

describe('withoutRequestHooks', () => {
  it('drops the global guard and interceptor nestjs-cls registers, and nothing else', () => {
    const cls = ClsModule.forRoot({ global: true });
    const before = tokensOf(cls);
    // The premise: nestjs-cls does register both, unmounted.
    expect(before).toEqual(expect.arrayContaining([APP_GUARD, APP_INTERCEPTOR]));

    const after = tokensOf(withoutRequestHooks(cls));
    expect(after).not.toContain(APP_GUARD);
    expect(after).not.toContain(APP_INTERCEPTOR);
    expect(after).toEqual(before.filter((t) => t !== APP_GUARD && t !== APP_INTERCEPTOR));
  });

  it('keeps the module itself and whether it is global', () => {
    const cls = ClsModule.forRoot({ global: true });
    const kept = withoutRequestHooks(cls);
    expect(kept.module).toBe(cls.module);
    expect(kept.global).toBe(true);
  });
});
