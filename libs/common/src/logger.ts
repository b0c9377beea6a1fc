import { LoggerService } from '@nestjs/common';
import pino, { Logger, LevelWithSilent } from 'pino';
import pretty from 'pino-pretty';

/**
 * Paths whose last segment is a secret (a password reset's or an invitation's link token), and the `token`
 * query parameter the emailed links carry to the account pages: logged as `[redacted]`.
 */
const SECRET_IN_PATH =
  /^(\/auth\/password-reset\/|\/auth\/invitations\/|\/enterprise-invitations\/by-token\/)(?!(?:confirm|accept)(?:[/?#]|$))[^/?#]+/;
const TOKEN_IN_QUERY = /([?&]token=)[^&#]*/g;

export function redactUrl(url: string): string {
  return url.replace(SECRET_IN_PATH, '$1[redacted]').replace(TOKEN_IN_QUERY, '$1[redacted]');
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

export type LogFormat = 'auto' | 'json' | 'pretty';

/**
 * Readable lines for a person at a terminal in development; JSON wherever a machine reads the log
 * (production, a file, a pipe, a log shipper), so `auto` never changes what production writes.
 */
export function wantsPrettyLogs(
  format: LogFormat,
  nodeEnv: string,
  isTty = Boolean(process.stdout.isTTY),
): boolean {
  if (format !== 'auto') return format === 'pretty';
  return nodeEnv === 'development' && isTty;
}

/**
 * One logger per process; fastify uses the same instance so request logs and app logs share a format.
 * `pretty` writes through pino-pretty in the same thread (no transport worker), so a crash loses no line.
 */
export function createRootLogger(level: LevelWithSilent, service: string, prettyLines = false): Logger {
  const destination = prettyLines
    ? pretty({
        colorize: true,
        translateTime: 'SYS:HH:MM:ss.l',
        ignore: 'pid,hostname,service,context',
        messageFormat: '{service} {if context}[{context}] {end}{msg}',
        singleLine: true,
      })
    : undefined;
  const options: pino.LoggerOptions = {
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
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Nest's boot messages (a line per module and per route, about 220 before the start banner) say nothing a
 * person needs each time: they are debug lines, so LOG_LEVEL=debug still shows them.
 */
const BOOT_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

/** Adapts pino to Nest's LoggerService so framework messages come out as the same JSON lines. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write(context && BOOT_CONTEXTS.has(context) ? 'debug' : 'info', message, context);
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
