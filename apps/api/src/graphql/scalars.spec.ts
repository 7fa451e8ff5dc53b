import { GraphQLError } from 'graphql';
import { parseInstant } from './scalars';

describe('the DateTime scalar', () => {
  it('reads ISO 8601 instants with their offset', () => {
    expect(parseInstant('2026-11-28T01:00:00Z').toISOString()).toBe('2026-11-28T01:00:00.000Z');
    expect(parseInstant('2026-11-28T08:00:00+07:00').toISOString()).toBe('2026-11-28T01:00:00.000Z');
    expect(parseInstant('2026-11-27T20:30:00.250-04:30').toISOString()).toBe('2026-11-28T01:00:00.250Z');
    expect(parseInstant('2026-11-28T01:00Z').toISOString()).toBe('2026-11-28T01:00:00.000Z');
    expect(parseInstant('0001-01-01T00:00:00Z').getUTCFullYear()).toBe(1);
  });

  it.each([
    '2024-02-30T00:00:00Z', // no 30 February
    '2024-13-01T00:00:00Z',
    '2024-02-29T24:00:00Z',
    '0000-01-01T00:00:00Z',
    '+010000-01-01T00:00:00.000Z',
    '2024-01-01T00:00:00+16:00',
    '2024-01-01T00:00:00', // no offset
    '2024-01-01',
    'garbage',
    '',
  ])('refuses %j with BAD_USER_INPUT', (value) => {
    let error: unknown;
    try {
      parseInstant(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses what is not a string', () => {
    expect(() => parseInstant(1764291600000)).toThrow(GraphQLError);
  });
});
