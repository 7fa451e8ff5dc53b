import fc from 'fast-check';
import { types } from 'pg';
import { createTimestamptzParser } from './timestamp-parser';

// node-postgres's own parser (postgres-date), which the fast one must agree with.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- postgres-date ships no types; this is the module pg loads
const reference = (value: string): Date => (require('postgres-date') as (value: string) => Date)(value);

describe('the timestamptz reader', () => {
  const fallbackCalls: string[] = [];
  const parse = createTimestamptzParser((value) => {
    fallbackCalls.push(value);
    return reference(value);
  });
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');

  it('reads what PostgreSQL writes exactly as node-postgres does', () => {
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 1000, max: 9999 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
          second: fc.integer({ min: 0, max: 59 }),
          fraction: fc.option(fc.stringMatching(/^[0-9]{1,6}$/), { nil: undefined }),
          offsetHours: fc.integer({ min: -15, max: 15 }),
          offsetMinutes: fc.constantFrom(0, 30, 45),
          offsetSeconds: fc.constantFrom(0, 0, 40),
        }),
        (t) => {
          const sign = t.offsetHours < 0 ? '-' : '+';
          let offset = `${sign}${pad(Math.abs(t.offsetHours))}`;
          if (t.offsetMinutes || t.offsetSeconds) offset += `:${pad(t.offsetMinutes)}`;
          if (t.offsetSeconds) offset += `:${pad(t.offsetSeconds)}`;
          const text = `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${t.fraction ? `.${t.fraction}` : ''}${offset}`;
          expect((parse(text) as Date).getTime()).toBe(reference(text).getTime());
        },
      ),
      { numRuns: 2000, seed: 20200215 },
    );
  });

  it('hands unusual values to node-postgres', () => {
    for (const value of ['infinity', '-infinity', '0044-03-15 12:00:00+00 BC', '12345-01-01 00:00:00+00', '0099-01-01 00:00:00+00']) {
      fallbackCalls.length = 0;
      parse(value);
      expect(fallbackCalls).toEqual([value]);
    }
  });

  it('is the parser node-postgres uses for timestamptz once the database options are loaded', () => {
    const original = types.getTypeParser(1184, 'text');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the module is what installs the parser
    require('./data-source-options');
    const installed = types.getTypeParser(1184, 'text') as (value: string) => Date;
    expect(installed).not.toBe(original);
    expect(installed('2020-02-15 01:00:00.5+07').toISOString()).toBe('2020-02-14T18:00:00.500Z');
  });
});
