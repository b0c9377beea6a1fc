import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, DomainErrorKind, FieldProblem, Language } from '@app/common';
import { requestLanguage } from './accept-language';
import { isDependencyUnavailable } from './dependency-errors';
import { errorBody, ErrorBody, sendErrorBody } from './error-body';
import { codeForStatus, ERROR_CODES } from './error-codes';
import { foreignMessageZh, HttpMessages } from './http-messages';
import { RequestValidationException } from './validation-errors';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
  'too-large': 413,
  'unsupported-type': 415,
  unavailable: 503,
};

/** Seconds a client should wait before retrying work that needs a dependency that is away. */
const RETRY_AFTER_SECONDS = 5;

const logger = new Logger('Errors');

/**
 * The single place errors become responses: the filter below, and the hooks that answer before Nest runs
 * (authentication before the body, the queue dashboard) call it too, so a refusal reads the same wherever it
 * is given. HTTP errors keep their status, domain errors map by kind, anything else is a 500 that reveals
 * nothing and is logged with the request id. The message is written in the language the request's
 * Accept-Language asks for (zh or en, else en), and Content-Language says which; `code` never changes.
 */
export function replyWithError(
  reply: FastifyReply,
  exception: unknown,
  request: { id: unknown; headers?: FastifyRequest['headers'] },
): FastifyReply {
  const language = requestLanguage(request);
  const body = errorBodyOf(exception, String(request.id), language);
  if (body.statusCode === 503) void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return sendErrorBody(reply, body, language);
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    void replyWithError(http.getResponse<FastifyReply>(), exception, http.getRequest<FastifyRequest>());
  }
}

function errorBodyOf(exception: unknown, requestId: string, language: Language): ErrorBody {
  if (exception instanceof RequestValidationException) {
    return errorBody(
      400,
      exception.messageIn(language),
      requestId,
      exception.detailsIn(language),
      ERROR_CODES.validationFailed,
    );
  }
  if (exception instanceof DomainError) {
    const status = STATUS_BY_KIND[exception.kind];
    if (status === 503) logger.warn(`${requestId}: ${exception.code}: ${exception.message}`);
    return errorBody(
      status,
      exception.messageIn(language),
      requestId,
      exception.detailsIn(language),
      exception.code,
    );
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    // A 503 means a dependency is away (expected, retried by clients); other 5xx are faults.
    if (status === 503) logger.warn(`${requestId}: ${exception.message}`);
    else if (status >= 500) logger.error(`${requestId}: ${exception.message}`, exception.stack);
    return errorBody(
      status,
      messageOf(exception, language),
      requestId,
      detailsOf(exception, language),
      codeOf(exception),
    );
  }
  const error = exception instanceof Error ? exception : new Error(String(exception));
  if (isDependencyUnavailable(error)) {
    logger.warn(`${requestId}: a dependency is unavailable: ${error.message}`);
    return errorBody(
      503,
      HttpMessages.dependencyUnavailable[language],
      requestId,
      undefined,
      ERROR_CODES.dependencyUnavailable,
    );
  }
  logger.error(`${requestId}: unhandled ${error.name}: ${error.message}`, error.stack);
  return errorBody(
    500,
    HttpMessages.internal(requestId)[language],
    requestId,
    undefined,
    ERROR_CODES.internal,
  );
}

/** Text the platform wrote in both languages, in this one; anything else was written by a framework or library. */
function textIn(text: unknown, status: number, language: Language): string | undefined {
  const localized = typeof text === 'object' && text !== null ? (text as Record<string, unknown>) : null;
  if (typeof localized?.[language] === 'string') return localized[language];
  if (typeof text !== 'string') return undefined;
  return language === 'zh' ? foreignMessageZh(status, text) : text;
}

function messageOf(exception: HttpException, language: Language): string {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'string') return textIn(response, status, language) as string;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.map((m) => textIn(m, status, language)).join('; ');
  return textIn(message, status, language) ?? (textIn(exception.message, status, language) as string);
}

function detailsOf(exception: HttpException, language: Language): FieldProblem[] | undefined {
  const response = exception.getResponse();
  const details = typeof response === 'object' ? (response as { details?: unknown }).details : undefined;
  if (!Array.isArray(details)) return undefined;
  const status = exception.getStatus();
  return (details as { field: string; message: unknown }[]).map((d) => ({
    field: d.field,
    message: textIn(d.message, status, language) ?? '',
  }));
}

/** An HTTP error may name its own code (`new ForbiddenException({ message, code })`), else its status does. */
function codeOf(exception: HttpException): string {
  const response = exception.getResponse();
  const code = typeof response === 'object' ? (response as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,63}$/.test(code)
    ? code
    : codeForStatus(exception.getStatus());
}
