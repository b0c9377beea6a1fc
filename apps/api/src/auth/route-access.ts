import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { AccessRule, accessRuleOf } from './access-decision';

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
 * Every route of the application's controllers with the access rule its decorators declare, read by the same
 * function the access guard uses, so the two cannot disagree on who may call a route. A controller method
 * with no marker has no roles: refused to everyone, and its body is not read on the way.
 */
export function routeAccessMap(modules: ModulesContainer, reflector: Reflector): Map<string, AccessRule> {
  const scanner = new MetadataScanner();
  const map = new Map<string, AccessRule>();
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!controller) continue;
      const prefixes = asList(pathOf(controller));
      for (const name of scanner.getAllMethodNames(controller.prototype as object)) {
        const handler = (controller.prototype as Record<string, unknown>)[name] as object;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (requestMethod === undefined || pathOf(handler) === undefined) continue;
        const access = accessRuleOf(reflector, [handler, controller]);
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
