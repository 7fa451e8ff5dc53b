import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTime } from 'luxon';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value) || !DateTime.fromISO(value, { zone: 'utc' }).isValid) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(value)})`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** `Date`: a local calendar date, YYYY-MM-DD. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date without a time zone, YYYY-MM-DD',
  serialize: (value) => parseLocalDate(value),
  parseValue: (value) => parseLocalDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseLocalDate(ast.value);
  },
});

/** YYYY-MM-DDTHH:MM[:SS[.fraction]] with Z or ±HH:MM (an ISO 8601 instant with its offset). */
const INSTANT = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(\.\d{1,9})?)?(?:(Z)|([+-])(\d\d):(\d\d))$/i;

/**
 * A strict instant: every field in range (no 30 February rolling into March, no year 0 or 10000)
 * and an explicit offset, so what reaches a service is always a real Date PostgreSQL accepts.
 */
export function parseInstant(value: unknown): Date {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (match) {
    const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, oh, om] = match;
    const year = Number(y);
    // (Not Date.UTC, which reads years 0–99 as 1900–1999.)
    const check = new Date(0);
    check.setUTCFullYear(year, Number(mo) - 1, Number(d));
    check.setUTCHours(Number(h), Number(mi), Number(s), Math.floor(Number(`0${fraction || '.0'}`) * 1000));
    const local = check.getTime();
    const fieldsValid =
      year >= 1 &&
      check.getUTCFullYear() === year &&
      check.getUTCMonth() === Number(mo) - 1 &&
      check.getUTCDate() === Number(d) &&
      check.getUTCHours() === Number(h) &&
      check.getUTCMinutes() === Number(mi) &&
      Number(s) < 60 &&
      (zulu !== undefined || (Number(oh) <= 15 && Number(om) < 60));
    if (fieldsValid) {
      const offsetMinutes = zulu !== undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
      return new Date(local - offsetMinutes * 60_000);
    }
  }
  throw new GraphQLError(`DateTime must be an ISO 8601 date-time with its offset, such as 2026-11-28T01:00:00Z (got ${JSON.stringify(value)?.slice(0, 60)})`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** `DateTime`: an instant, written as ISO 8601 in UTC; read strictly (see `parseInstant`). */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : null),
});

/** Schema options shared by the api and `npm run schema:print`: JavaScript Dates are `DateTimeScalar`. */
export const SCHEMA_BUILD_OPTIONS = { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] };
