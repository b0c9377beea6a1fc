/**
 * What went wrong, in the domain's terms. The HTTP layer maps `kind` to a status code; libs never
 * know about HTTP. `code` is stable and machine-readable (clients switch on it), `message` is for people.
 */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'unprocessable'
  /** a dependency (Redis, the database) is away; the client may retry later */
  | 'unavailable';

export interface FieldProblem {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details?: FieldProblem[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
