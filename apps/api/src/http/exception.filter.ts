import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, DomainErrorKind } from '@app/common';
import { isDependencyUnavailable } from './dependency-errors';
import { errorBody, ErrorBody } from './error-body';
import { codeForStatus, ERROR_CODES } from './error-codes';
import { RequestValidationException } from './validation-errors';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
  unavailable: 503,
};

/** Seconds a client should wait before retrying work that needs a dependency that is away. */
const RETRY_AFTER_SECONDS = 5;

const logger = new Logger('Errors');

/**
 * The single place errors become responses: the filter below, and the hooks that answer before Nest runs
 * (authentication before the body, the queue dashboard) call it too, so a refusal reads the same wherever it
 * is given. HTTP errors keep their status, domain errors map by kind, anything else is a 500 that reveals
 * nothing and is logged with the request id.
 */
export function replyWithError(reply: FastifyReply, exception: unknown, requestId: string): FastifyReply {
  const body = errorBodyOf(exception, requestId);
  if (body.statusCode === 503) void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    void replyWithError(
      http.getResponse<FastifyReply>(),
      exception,
      String(http.getRequest<FastifyRequest>().id),
    );
  }
}

function errorBodyOf(exception: unknown, requestId: string): ErrorBody {
  if (exception instanceof RequestValidationException) {
    return errorBody(400, exception.message, requestId, exception.details, ERROR_CODES.validationFailed);
  }
  if (exception instanceof DomainError) {
    const status = STATUS_BY_KIND[exception.kind];
    if (status === 503) logger.warn(`${requestId}: ${exception.code}: ${exception.message}`);
    return errorBody(status, exception.message, requestId, exception.details, exception.code);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    // A 503 means a dependency is away (expected, retried by clients); other 5xx are faults.
    if (status === 503) logger.warn(`${requestId}: ${exception.message}`);
    else if (status >= 500) logger.error(`${requestId}: ${exception.message}`, exception.stack);
    return errorBody(status, messageOf(exception), requestId, detailsOf(exception), codeOf(exception));
  }
  const error = exception instanceof Error ? exception : new Error(String(exception));
  if (isDependencyUnavailable(error)) {
    logger.warn(`${requestId}: a dependency is unavailable: ${error.message}`);
    return errorBody(
      503,
      'A service this request needs is unavailable; retry shortly',
      requestId,
      undefined,
      ERROR_CODES.dependencyUnavailable,
    );
  }
  logger.error(`${requestId}: unhandled ${error.name}: ${error.message}`, error.stack);
  return errorBody(
    500,
    `Internal error; quote request id ${requestId} when reporting it`,
    requestId,
    undefined,
    ERROR_CODES.internal,
  );
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

function detailsOf(exception: HttpException) {
  const response = exception.getResponse();
  const details = typeof response === 'object' ? (response as { details?: unknown }).details : undefined;
  return Array.isArray(details) ? (details as { field: string; message: string }[]) : undefined;
}

/** An HTTP error may name its own code (`new ForbiddenException({ message, code })`), else its status does. */
function codeOf(exception: HttpException): string {
  const response = exception.getResponse();
  const code = typeof response === 'object' ? (response as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,63}$/.test(code)
    ? code
    : codeForStatus(exception.getStatus());
}
