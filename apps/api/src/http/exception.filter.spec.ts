import { ArgumentsHost, ConflictException, HttpException, Logger, NotFoundException } from '@nestjs/common';
import { DomainError } from '@app/common';
import { AllExceptionsFilter } from './exception.filter';
import { RequestValidationException } from './validation-errors';

/** A reply that records what the filter sends; the filter is the unit under test, not fastify. */
function capture(exception: unknown) {
  const sent: { status?: number; body?: Record<string, unknown>; headers: Record<string, string> } = {
    headers: {},
  };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return reply;
    },
    send(body: Record<string, unknown>) {
      sent.body = body;
      return reply;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ id: 'req-123' }), getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

describe('AllExceptionsFilter', () => {
  let errorLog: jest.SpyInstance;
  beforeEach(() => {
    errorLog = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('keeps the status of HTTP errors and adds the request id', () => {
    const sent = capture(new NotFoundException('No campaign 7'));
    expect(sent.status).toBe(404);
    expect(sent.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'No campaign 7',
      requestId: 'req-123',
    });
  });

  it('passes validation details through, one per field', () => {
    const details = [{ field: 'year', message: 'year must be an integer' }];
    const sent = capture(new RequestValidationException(details));
    expect(sent.body).toMatchObject({ statusCode: 400, error: 'Bad Request', details });
  });

  it.each([
    ['invalid', 400],
    ['unauthorized', 401],
    ['forbidden', 403],
    ['not-found', 404],
    ['conflict', 409],
    ['unprocessable', 422],
    ['unavailable', 503],
  ] as const)('maps a %s domain error to %i', (kind, status) => {
    const sent = capture(new DomainError(kind, 'SOME_CODE', 'what happened'));
    expect(sent.status).toBe(status);
    expect(sent.body).toMatchObject({ statusCode: status, message: 'what happened', requestId: 'req-123' });
  });

  it('tells clients when to retry a 503', () => {
    expect(
      capture(new DomainError('unavailable', 'QUEUE_UNAVAILABLE', 'Redis is away')).headers['retry-after'],
    ).toBe('5');
    expect(capture(new ConflictException('x')).headers['retry-after']).toBeUndefined();
  });

  it('answers an unknown error with 500 that reveals nothing, and logs it with the request id', () => {
    const sent = capture(new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2'));
    expect(sent.status).toBe(500);
    expect(sent.body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal error; quote request id req-123 when reporting it',
      requestId: 'req-123',
    });
    expect(JSON.stringify(sent.body)).not.toMatch(/ECONNREFUSED|hunter2/);
    expect(errorLog).toHaveBeenCalledWith(
      expect.stringContaining('req-123'),
      expect.stringContaining('ECONNREFUSED'),
    );
  });

  it('handles a thrown non-Error value', () => {
    expect(capture('a string was thrown').status).toBe(500);
  });

  it('joins array messages from framework exceptions', () => {
    const sent = capture(new HttpException({ message: ['a is bad', 'b is bad'] }, 422));
    expect(sent.body?.message).toBe('a is bad; b is bad');
  });
});
