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

/** `Date`: a local calendar date, YYYY-MM-DD (API.md). */
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
