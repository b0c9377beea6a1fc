/** The API's error body: `{ statusCode, error, code, message, details?, requestId }`. */
export interface ApiErrorBody {
  statusCode?: number;
  code?: string;
  message?: string;
  details?: { field: string; message: string }[];
  requestId?: string;
}

/** An API refusal, already in the reader's language; pages show `fieldProblems` beside the fields they name. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldProblems: { field: string; message: string }[],
    readonly requestId?: string,
  ) {
    super(message);
  }

  static from(status: number, body: ApiErrorBody | undefined): ApiError {
    const hasBody = body !== undefined && typeof body === 'object';
    return new ApiError(
      status,
      (hasBody && body.code) || `HTTP_${status}`,
      (hasBody && body.message) || '',
      (hasBody && Array.isArray(body.details) ? body.details : []).filter(
        (d) => typeof d?.field === 'string' && typeof d?.message === 'string',
      ),
      hasBody ? body.requestId : undefined,
    );
  }

  static offline(): ApiError {
    return new ApiError(0, 'OFFLINE', '', []);
  }

  /** The problem reported for one field (exact name, or any of its sub-fields such as `values.A1`). */
  problemFor(field: string): string | undefined {
    return this.fieldProblems.find((p) => p.field === field || p.field.startsWith(`${field}.`))?.message;
  }
}
