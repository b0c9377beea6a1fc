import { STATUS_CODES } from 'node:http';
import type { FieldProblem } from '@app/common';
import { codeForStatus } from './error-codes';

/** The one shape of every error this API answers with. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  /** Stable and machine-readable: a domain error's own code, else one of ERROR_CODES. */
  code: string;
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
