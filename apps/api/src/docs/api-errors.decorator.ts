import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from './error-response.dto';

/** The error statuses a route can document; every one answers with the common error body. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 408 | 409 | 413 | 415 | 422 | 429 | 503;

/** Statuses whose meaning on this route is worth a sentence, e.g. `{ 409: 'The slug is taken' }`. */
export type DescribedErrors = Partial<Record<ErrorStatus, string>>;

/**
 * The error responses of a route, each with the common error body: `@ApiErrors(400, 404)`, or with a
 * route-specific description where the status alone says too little: `@ApiErrors(400, { 409: '…' })`.
 */
export function ApiErrors(...errors: (ErrorStatus | DescribedErrors)[]) {
  const responses = errors.flatMap((error): { status: number; description?: string }[] =>
    typeof error === 'number'
      ? [{ status: error }]
      : Object.entries(error).map(([status, description]) => ({ status: Number(status), description })),
  );
  return applyDecorators(
    ...responses.map(({ status, description }) =>
      ApiResponse({ status, type: ErrorResponseDto, ...(description === undefined ? {} : { description }) }),
    ),
  );
}
