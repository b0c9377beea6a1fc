import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { PARTNER_KEY_ROUTE, PUBLIC_ROUTE } from './access.decorators';

/** What a route asks of a caller before its body may be read. Roles are the guard's business. */
export type RouteAccess = 'public' | 'bearer' | 'bearer-or-partner-key';

/** Fastify's spelling of a route: `POST /campaigns/:campaignId/imports`. */
export const routeKey = (method: string, url: string): string => `${method.toUpperCase()} ${url}`;

/** Nest's join of a controller path and a method path, as it hands it to Fastify: one leading slash, none after. */
export function joinRoutePath(...parts: string[]): string {
  return (
    '/' +
    parts
      .flatMap((p) => p.split('/'))
      .filter(Boolean)
      .join('/')
  );
}

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? ['/'] : Array.isArray(value) ? value : [value];
const pathOf = (target: object) =>
  Reflect.getMetadata(PATH_METADATA, target) as string | string[] | undefined;

/**
 * Every route of the application's controllers with the access its decorators declare, read from the same
 * metadata the access guard reads (method first, then class), so the two cannot disagree on what is public.
 * A controller method with no marker is listed as `bearer`: the guard refuses it anyway, and its body must
 * not be read on the way.
 */
export function routeAccessMap(modules: ModulesContainer, reflector: Reflector): Map<string, RouteAccess> {
  const scanner = new MetadataScanner();
  const map = new Map<string, RouteAccess>();
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!controller) continue;
      const prefixes = asList(pathOf(controller));
      for (const name of scanner.getAllMethodNames(controller.prototype as object)) {
        const handler = (controller.prototype as Record<string, unknown>)[name] as object;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (requestMethod === undefined || pathOf(handler) === undefined) continue;
        const access = accessOf(reflector, [handler, controller]);
        const methods = requestMethod === RequestMethod.ALL ? ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] : [];
        if (methods.length === 0) methods.push(RequestMethod[requestMethod]);
        for (const prefix of prefixes)
          for (const path of asList(pathOf(handler)))
            for (const method of methods) map.set(routeKey(method, joinRoutePath(prefix, path)), access);
      }
    }
  }
  return map;
}

function accessOf(reflector: Reflector, targets: object[]): RouteAccess {
  const on = (key: string) => reflector.getAllAndOverride<boolean>(key, targets as never[]) === true;
  if (on(PUBLIC_ROUTE)) return 'public';
  return on(PARTNER_KEY_ROUTE) ? 'bearer-or-partner-key' : 'bearer';
}
