/**
 * The stable `code` of errors that do not come from a domain rule (those carry their own, e.g.
 * CAMPAIGN_NOT_FOUND). Clients switch on `code`, never on `message`, so every error body has one; the spelling
 * matches the domain codes (upper snake case) so a client sees one vocabulary.
 */
export const ERROR_CODES = {
  validationFailed: 'VALIDATION_FAILED',
  badRequest: 'BAD_REQUEST',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  methodNotAllowed: 'METHOD_NOT_ALLOWED',
  conflict: 'CONFLICT',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  unprocessable: 'UNPROCESSABLE',
  rateLimited: 'RATE_LIMITED',
  dependencyUnavailable: 'DEPENDENCY_UNAVAILABLE',
  internal: 'INTERNAL_ERROR',
} as const;

const CODE_BY_STATUS: Record<number, string> = {
  400: ERROR_CODES.badRequest,
  401: ERROR_CODES.unauthorized,
  403: ERROR_CODES.forbidden,
  404: ERROR_CODES.notFound,
  405: ERROR_CODES.methodNotAllowed,
  409: ERROR_CODES.conflict,
  413: ERROR_CODES.payloadTooLarge,
  415: ERROR_CODES.unsupportedMediaType,
  422: ERROR_CODES.unprocessable,
  429: ERROR_CODES.rateLimited,
  503: ERROR_CODES.dependencyUnavailable,
};

/** The code of an HTTP status that no rule named: the table above, else the generic one of its class. */
export function codeForStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? ERROR_CODES.internal : ERROR_CODES.badRequest);
}
