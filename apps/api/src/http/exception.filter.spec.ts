import { ArgumentsHost, ConflictException, HttpException, Logger, NotFoundException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { DomainError } from '@app/common';
import { AllExceptionsFilter } from './exception.filter';
import { RequestValidationException } from './validation-errors';

/** A reply that records what the filter sends; the filter is the unit under test, not fastify. */
function capture(exception: unknown, acceptLanguage?: string) {
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
    switchToHttp: () => ({
      getRequest: () => ({ id: 'req-123', headers: { 'accept-language': acceptLanguage } }),
      getResponse: () => reply,
    }),
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
      code: 'NOT_FOUND',
      message: 'No campaign 7',
      requestId: 'req-123',
    });
  });

  it('passes validation details through, one per field', () => {
    const problems = [{ field: 'year', message: { en: 'year must be an integer', zh: 'year 必须是整数' } }];
    const sent = capture(new RequestValidationException(problems));
    expect(sent.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      code: 'VALIDATION_FAILED',
      message: 'Validation failed: year',
      details: [{ field: 'year', message: 'year must be an integer' }],
    });
    expect(sent.headers['content-language']).toBe('en');
  });

  it('answers in the language Accept-Language asks for, keeping the code', () => {
    const problems = [{ field: 'year', message: { en: 'year must be an integer', zh: 'year 必须是整数' } }];
    const sent = capture(new RequestValidationException(problems), 'zh-CN,en;q=0.5');
    expect(sent.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '校验未通过：year',
      details: [{ field: 'year', message: 'year 必须是整数' }],
    });
    expect(sent.headers['content-language']).toBe('zh');
    const domain = capture(
      new DomainError('conflict', 'SOME_CODE', { en: 'taken', zh: '已被占用' }, [
        { field: 'slug', message: { en: 'is taken', zh: '已被占用' } },
      ]),
      'zh',
    );
    expect(domain.body).toMatchObject({
      code: 'SOME_CODE',
      message: '已被占用',
      details: [{ field: 'slug', message: '已被占用' }],
    });
    expect(capture(new Error('boom'), 'zh').body?.message).toBe('内部错误；报告时请注明请求编号 req-123');
  });

  it('gives a framework message in Chinese the status’s meaning, keeping the original', () => {
    expect(capture(new NotFoundException('Cannot GET /nope'), 'zh').body?.message).toBe(
      '没有 GET /nope 这个路由',
    );
    expect(capture(new HttpException('teapot', 418), 'zh').body?.message).toBe('请求无效（teapot）');
    expect(capture(new ThrottlerException(), 'zh').body).toMatchObject({
      code: 'RATE_LIMITED',
      message: '请求过于频繁；请按 Retry-After 所示等待后重试',
    });
    expect(capture(new HttpException('Unsupported Media Type: text/plain', 415), 'zh').body?.message).toBe(
      '不支持的媒体类型：text/plain；请发送 application/json',
    );
    expect(capture(new NotFoundException('Cannot GET /nope'), 'fr').body?.message).toBe('Cannot GET /nope');
  });

  it.each([
    ['invalid', 400],
    ['unauthorized', 401],
    ['forbidden', 403],
    ['not-found', 404],
    ['conflict', 409],
    ['unprocessable', 422],
    ['too-large', 413],
    ['unsupported-type', 415],
    ['unavailable', 503],
  ] as const)('maps a %s domain error to %i', (kind, status) => {
    const sent = capture(new DomainError(kind, 'SOME_CODE', { en: 'what happened', zh: '发生了什么' }));
    expect(sent.status).toBe(status);
    expect(sent.body).toMatchObject({
      statusCode: status,
      code: 'SOME_CODE',
      message: 'what happened',
      requestId: 'req-123',
    });
  });

  it('tells clients when to retry a 503', () => {
    expect(
      capture(new DomainError('unavailable', 'QUEUE_UNAVAILABLE', { en: 'Redis is away', zh: 'Redis 不在' }))
        .headers['retry-after'],
    ).toBe('5');
    expect(capture(new ConflictException('x')).headers['retry-after']).toBeUndefined();
  });

  it('answers an unknown error with 500 that reveals nothing, and logs it with the request id', () => {
    const sent = capture(new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2'));
    expect(sent.status).toBe(500);
    expect(sent.body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      code: 'INTERNAL_ERROR',
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

  it.each([
    [429, 'RATE_LIMITED'],
    [413, 'PAYLOAD_TOO_LARGE'],
    [401, 'UNAUTHORIZED'],
    [403, 'FORBIDDEN'],
    [415, 'UNSUPPORTED_MEDIA_TYPE'],
    [418, 'BAD_REQUEST'],
  ])('gives a framework error of status %i the stable code %s', (status, code) => {
    expect(capture(new HttpException('refused', status)).body?.code).toBe(code);
  });

  it('keeps a code an HTTP error names itself', () => {
    const sent = capture(new HttpException({ message: 'read-only', code: 'QUEUE_DASHBOARD_READ_ONLY' }, 403));
    expect(sent.body).toMatchObject({
      statusCode: 403,
      code: 'QUEUE_DASHBOARD_READ_ONLY',
      message: 'read-only',
    });
  });

  it('gives a dependency that is away its own code', () => {
    expect(capture(new Error('Connection terminated unexpectedly')).body?.code).toBe(
      'DEPENDENCY_UNAVAILABLE',
    );
  });

  it('joins array messages from framework exceptions', () => {
    const sent = capture(new HttpException({ message: ['a is bad', 'b is bad'] }, 422));
    expect(sent.body?.message).toBe('a is bad; b is bad');
  });
});
