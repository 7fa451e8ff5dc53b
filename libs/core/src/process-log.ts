import pino from 'pino';

/**
 * A JSON log line writer for the start-up steps that run before Nest's logger exists
 * (configuration, the embedded database, migrations), in the same format as the app's logs.
 */
export function createProcessLog(level: string, context: string): (message: string) => void {
  const logger = pino({ level, base: { pid: process.pid, context } });
  return (message: string) => logger.info(message);
}
