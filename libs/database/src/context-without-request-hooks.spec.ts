import { DynamicModule, Provider } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ClsModule } from 'nestjs-cls';
import { clsModuleWithoutRequestHooks } from './context-without-request-hooks';

function tokensOf(module: DynamicModule): unknown[] {
  const nested = (module.imports ?? []).flatMap((m) =>
    m && typeof m === 'object' && 'module' in m ? tokensOf(m) : [],
  );
  const own = (module.providers ?? []).map((p: Provider) => (typeof p === 'function' ? p : p.provide));
  return [...own, ...nested];
}

describe('clsModuleWithoutRequestHooks', () => {
  it('drops the global guard and interceptor nestjs-cls registers, and nothing else', () => {
    const before = tokensOf(ClsModule.forRoot({ global: true }));
    // The premise: nestjs-cls registers both even unmounted.
    expect(before).toEqual(expect.arrayContaining([APP_GUARD, APP_INTERCEPTOR]));

    const after = tokensOf(clsModuleWithoutRequestHooks({ global: true }));
    expect(after).not.toContain(APP_GUARD);
    expect(after).not.toContain(APP_INTERCEPTOR);
    expect(after).toEqual(before.filter((t) => t !== APP_GUARD && t !== APP_INTERCEPTOR));
  });

  it('keeps the module itself and whether it is global', () => {
    const kept = clsModuleWithoutRequestHooks({ global: true });
    expect(kept.module).toBe(ClsModule);
    expect(kept.global).toBe(true);
  });

  it('refuses to drop a hook that is mounted', () => {
    expect(() => clsModuleWithoutRequestHooks({ interceptor: { mount: true } })).toThrow(/do not mount/);
    expect(() => clsModuleWithoutRequestHooks({ guard: { mount: true } })).toThrow(/do not mount/);
  });
});
