import { STATUS_CODES } from 'node:http';
import type { FieldProblem } from '@app/common';

/** The one shape of every error this API answers with. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: FieldProblem[];
  requestId: string;
}

export function errorBody(
  statusCode: number,
  message: string,
  requestId: string,
  details?: FieldProblem[],
): ErrorBody {
  return {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message,
    ...(details && details.length > 0 ? { details } : {}),
    requestId,
  };
}
