import { LoggerService } from '@nestjs/common';
import pino, { Logger as Pino } from 'pino';

type Level = 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal';

/**
 * Nest's logger interface over the one pino logger, so framework and service messages are JSON
 * lines like the access log. Nest passes the logger's context (`new Logger('Mail')`) as the last
 * argument, and an error's stack before it.
 */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly root: Pino) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.root.isLevelEnabled(level)) return;
    const context = params.length > 0 && typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    const stack = (level === 'error' || level === 'fatal') && typeof params[0] === 'string' ? params[0] : undefined;
    const fields = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) this.root[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.root[level]({ ...fields, ...message });
    else this.root[level](fields, String(message));
  }
}

/** Nest's messages as JSON lines at LOG_LEVEL, for a process without HTTP (the worker). */
export function createJsonLogger(level: string): PinoLoggerService {
  return new PinoLoggerService(pino({ level, base: { pid: process.pid } }));
}
