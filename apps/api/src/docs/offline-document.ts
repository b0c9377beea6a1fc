import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from './openapi';

/**
 * Placeholders the configuration insists on. Nothing connects to them: the document only reads metadata.
 * Fixed values, so the document (and the client generated from it) is the same on every machine.
 */
const PLACEHOLDER_ENV: Record<string, string> = {
  NODE_ENV: 'development',
  LOG_LEVEL: 'silent',
  DATABASE_URL: 'postgres://offline@127.0.0.1:1/offline',
  REDIS_URL: 'redis://127.0.0.1:1',
  JWT_SECRET: 'offline-document-placeholder-secret-not-used',
};

/**
 * The OpenAPI document without a database or Redis: Nest's preview mode reads the controllers' metadata
 * without instantiating a provider, so the web client can be generated (and checked) on any machine.
 */
export async function offlineOpenApiDocument(): Promise<OpenAPIObject> {
  Object.assign(process.env, PLACEHOLDER_ENV);
  // Imported only now: the configuration module reads the environment when the API module loads.
  const { ApiModule } = await import('../api.module');
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
