import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { FieldProblem, Language } from '@app/common';
import { codeForStatus } from './error-codes';

/** The one shape of every error this API answers with. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  /** Stable and machine-readable: a domain error's own code, else one of ERROR_CODES. */
  code: string;
  /** In the language the request asked for (Accept-Language); the answer's Content-Language says which. */
  message: string;
  details?: FieldProblem[];
  requestId: string;
}

/** `code` last and optional, so callers that only know a status still answer with the status's code. */
export function errorBody(
  statusCode: number,
  message: string,
  requestId: string,
  details?: FieldProblem[],
  code: string = codeForStatus(statusCode),
): ErrorBody {
  return {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    code,
    message,
    ...(details && details.length > 0 ? { details } : {}),
    requestId,
  };
}

/** Sends an error body written in `language`, saying so. */
export function sendErrorBody(reply: FastifyReply, body: ErrorBody, language: Language): FastifyReply {
  return reply
    .status(body.statusCode)
    .header('content-type', 'application/json; charset=utf-8')
    .header('content-language', language)
    .send(body);
}
