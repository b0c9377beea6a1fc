import fastifyStatic from '@fastify/static';
import { Type, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createRootLogger, PinoNestLogger, wantsPrettyLogs } from '@app/common';
import { assertApiMayStart, documentsConfig, DocumentsConfig, environment, httpConfig } from '@app/config';
import { MAX_BATCH_ROWS } from '@app/surveys';
import { ConfigType } from '@nestjs/config';
import { ApiModule } from './api.module';
import { authenticateBeforeBody } from './auth/authenticate-before-body';
import { acceptUploads } from './documents/receive-upload';
import { mountOpenApi } from './docs/openapi';
import { MetricsService } from './operations/metrics.service';
import { protectQueueDashboard } from './operations/queue-dashboard';
import { compressResponses } from './http/compression';
import { AllExceptionsFilter } from './http/exception.filter';
import { limitJsonDepth } from './http/json-depth';
import { SECURITY_HEADERS, sendSecurityHeaders } from './http/security-headers';
import { applyLargeBodyLimit } from './http/large-body';
import { validationExceptionFactory } from './http/validation-errors';
import { PublishedResponses } from './public/published-responses';
import { webDirectory } from './web/web-directory';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/** Reuses a well-formed incoming X-Request-Id (so a caller can trace a request across systems), else makes one. */
function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Builds the HTTP application exactly as production runs it; e2e tests use this same function. `root` is the
 * API module, or a test's module that imports it and adds routes only that test serves.
 */
export async function createApiApp(root: Type = ApiModule): Promise<NestFastifyApplication> {
  const env = environment();
  assertApiMayStart(env);
  const logger = createRootLogger(env.LOG_LEVEL, 'api', wantsPrettyLogs(env.LOG_FORMAT, env.NODE_ENV));
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: requestIdOf,
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      // One line per request is noise at info level; debug and trace turn it on.
      disableRequestLogging: env.LOG_LEVEL !== 'debug' && env.LOG_LEVEL !== 'trace',
    }),
    bodyLimit: env.BODY_LIMIT_BYTES,
    trustProxy: env.TRUST_PROXY === 'true',
  });
  const app = await NestFactory.create<NestFastifyApplication>(root, adapter, {
    logger: new PinoNestLogger(logger),
    // Fastify's own JSON parser is used (it enforces bodyLimit and answers bad JSON with 400); Nest's extra
    // parsers (urlencoded forms) are not wanted by a JSON API.
    bodyParser: false,
  });
  await configureApp(app);
  return app;
}

export async function configureApp(app: NestFastifyApplication): Promise<void> {
  const http = app.get<ConfigType<typeof httpConfig>>(httpConfig.KEY);
  const fastify = app.getHttpAdapter().getInstance();
  // Only JSON bodies are accepted; any other media type is a 415 rather than a string the DTOs misread.
  fastify.removeContentTypeParser('text/plain');
  // Survey files are handed to the route as the raw stream: read as they arrive, never buffered whole.
  // So are import files (CSV, XLSX), which their routes read up to their own limit.
  fastify.addContentTypeParser(
    [
      'text/csv',
      'application/x-ndjson',
      'application/ndjson',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    (_request, payload, done) => done(null, payload),
  );
  // Uploads (multipart) are streamed to storage by the routes that take them, never buffered.
  await acceptUploads(app, app.get<DocumentsConfig>(documentsConfig.KEY).maxBytes);
  // Before any route is added, so every route gets the plugin's hook.
  await compressResponses(fastify);
  // The web workspaces' files, sent by WebAppController (serve: false: no route of the plugin's own).
  await app.register(fastifyStatic, { root: webDirectory(), serve: false });
  applyLargeBodyLimit(app, http.batchBodyLimitBytes, http.batchBodyTimeoutMs);
  limitJsonDepth(app, MAX_BATCH_ROWS);
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  sendSecurityHeaders(fastify, SECURITY_HEADERS);
  // After the request id and helmet's headers, so an early 401 carries both; before any body is read.
  authenticateBeforeBody(app);
  protectQueueDashboard(app, fastify);
  const metrics = app.get(MetricsService);
  // In front of Fastify: a published answer already sent once is sent again from memory, headers and all.
  app
    .get(PublishedResponses)
    .serveFrom(fastify, requestIdOf, (method, route, status, seconds) =>
      metrics.observe(method, route, status, seconds),
    );
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.observe(
      request.method,
      request.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });
  app.enableCors({
    origin: http.corsOrigins.includes('*') ? true : http.corsOrigins,
    exposedHeaders: ['x-request-id', 'retry-after'],
  });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // The factory reads each failed rule's decorator (its arguments) from the target, and a credit code's
      // value, to write the Chinese message; neither is sent to the client.
      validationError: { target: true, value: true },
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  if (http.apiDocsEnabled) mountOpenApi(app);
}
