import { LoggerService } from '@nestjs/common';
import pino, { Logger, LevelWithSilent } from 'pino';

/** Paths whose last segment is a secret (a password-reset token): logged as `[redacted]`. */
const SECRET_IN_PATH = /^(\/auth\/password-reset\/)(?!confirm(?:[/?#]|$))[^/?#]+/;

export function redactUrl(url: string): string {
  return url.replace(SECRET_IN_PATH, '$1[redacted]');
}

/**
 * A request about to be logged, with its URL redacted: a view over the request (its prototype), so fastify's
 * serializer still reads everything else from it.
 */
function withRedactedUrl(object: Record<string, unknown>): Record<string, unknown> {
  const req = object.req as { url?: unknown } | undefined;
  if (!req || typeof req !== 'object' || typeof req.url !== 'string') return object;
  const url = redactUrl(req.url);
  return url === req.url
    ? object
    : { ...object, req: Object.create(req, { url: { value: url, enumerable: true } }) };
}

/** One JSON logger per process; fastify uses the same instance so request logs and app logs share a format. */
export function createRootLogger(level: LevelWithSilent, service: string): Logger {
  return pino({
    level,
    base: { service, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Credentials must never reach a log line, whatever an object happens to carry.
    redact: {
      paths: [
        'password',
        '*.password',
        'currentPassword',
        '*.currentPassword',
        'newPassword',
        '*.newPassword',
        'passwordHash',
        '*.passwordHash',
        'req.headers.authorization',
        'req.headers["x-api-key"]',
        // Reset tokens, sign-in challenges and second factors, wherever a body would carry them.
        'token',
        '*.token',
        'challenge',
        '*.challenge',
        'recoveryCode',
        '*.recoveryCode',
      ],
      censor: '[redacted]',
    },
    formatters: { log: withRedactedUrl },
  });
}

/** Adapts pino to Nest's LoggerService so framework messages come out as the same JSON lines. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    const ctx = context ?? stackOrContext;
    const stack = context ? stackOrContext : undefined;
    if (message instanceof Error) {
      this.logger.error({ context: ctx, err: message }, message.message);
      return;
    }
    this.logger.error({ context: ctx, stack }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(
    level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    context?: string,
  ): void {
    if (typeof message === 'object' && message !== null) {
      this.logger[level]({ context, ...message });
    } else {
      this.logger[level]({ context }, String(message));
    }
  }
}
