/**
 * Structured JSON logs, one line per entry, with the correlation id of the request or record.
 * Fields whose names say they hold a secret are masked, wherever they are nested: access codes,
 * tokens and keys never reach a log line.
 */
export type LogFields = Record<string, unknown>;

export type Logger = {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
};

// By how a field's name ends (`sessionSigningKey`, `SESSION_SIGNING_KEY`, `approvalLink`), since
// secrets are often named for what they belong to; `statusCode` or `idempotencyKey` stay readable.
const SECRET_KEY =
  /(access[-_]?code|token|authorization|cookie|password|credential|(api|access|private|signing|hmac|session)[-_]?key([-_]?id)?|link)s?$|secret/i;
export const REDACTED = '[redacted]';

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, v]) => [
      key,
      SECRET_KEY.test(key) ? REDACTED : redact(v, depth + 1),
    ]),
  );
}

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = keyof typeof LEVELS;

/** LOG_LEVEL (debug, info, warn, error, silent) sets the least severe entry written; info by default. */
const threshold = () => LEVELS[(process.env.LOG_LEVEL?.toLowerCase() ?? 'info') as Level] ?? LEVELS.info;

export function createLogger(
  base: LogFields = {},
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const log =
    (level: 'info' | 'warn' | 'error') =>
    (message: string, fields: LogFields = {}) => {
      if (LEVELS[level] < threshold()) return;
      const entry = {
        level,
        time: new Date().toISOString(),
        message,
        ...(redact({ ...base, ...fields }) as LogFields),
      };
      write(JSON.stringify(entry));
    };
  return {
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (fields) => createLogger({ ...base, ...fields }, write),
  };
}
