import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Route config marking a route whose JSON body may be larger than the global limit (response batches). */
export const LARGE_BODY = { largeBody: true };

/**
 * Gives routes marked LARGE_BODY their own body limit. Registered before Nest adds the routes, so the hook
 * sees each of them as it is created; streamed imports need no limit because their parser never buffers.
 */
export function applyLargeBodyLimit(app: NestFastifyApplication, bodyLimit: number): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      const config: { largeBody?: boolean } | undefined = route.config;
      if (config?.largeBody) route.bodyLimit = bodyLimit;
    });
}
