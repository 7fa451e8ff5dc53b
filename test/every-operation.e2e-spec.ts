import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  IntrospectionQuery,
  astFromValue,
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  print,
} from 'graphql';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Every query and mutation of the running app's schema (read by introspection, so a new operation
 * is covered without touching this file), called with generated arguments of the right shapes
 * and hostile values — NUL, lone surrogates, 100,000-character strings, numbers at and past the
 * 32-bit edges, 1e308, unknown and malformed ids, long and deeply nested lists — as a member and
 * as an admin. Every answer is a valid result or structured errors with public codes: never a
 * 500, never INTERNAL_SERVER_ERROR; and a refused mutation changes no row.
 */
const PUBLIC_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'TOO_MANY_REQUESTS'];

/** Runs per operation and role; seeded so a failure can be replayed. */
const RUNS = 5;
const SEED = 20200215;

/** Tables a refused request may write to: its own rate-limit counters, and TypeORM's bookkeeping. */
const NOT_DOMAIN_DATA = ['rate_limit_counters', 'migrations', 'typeorm_metadata'];

const LONG = 'đ'.repeat(100_000);

/**
 * Two kinds of run: `wild` values break the request's shape too (NUL, lone surrogates, numbers
 * past 32 bits, null where the type forbids it, a value of another type, lists nested 3,000
 * deep) and are refused at the boundary; `wellFormed` values pass GraphQL's own checks but are
 * hostile in content (100,000 characters, edge dates, unknown ids, 2,000-item lists) and reach
 * the services.
 */
type Mode = 'wild' | 'wellFormed';

const wellFormedText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\t\r\n',
      'a\u0007b',
      '🚀🇻🇳',
      'Thủ tục đăng ký',
      'ĐĂNG KÝ',
      "'; DROP TABLE members; --",
      '%_\\',
      '<script>alert(1)</script>',
      '\u202E\u200B',
      'x@example.org',
      'FREQ=WEEKLY;BYDAY=SA',
      'Asia/Ho_Chi_Minh',
      '08:00',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 30, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.constant(LONG) },
);
const wildText = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('\u0000', 'a\u0000b', '\uD800', 'x\uDFFFy') },
  { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: 'binary' }) },
  { weight: 2, arbitrary: wellFormedText },
);
const wellFormedInt = fc.oneof(fc.constantFrom(0, 1, -1, 3, 20, 100, 101, 1441, 2 ** 31 - 1, -(2 ** 31)), fc.integer());
const wildInt = fc.oneof(wellFormedInt, fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, -1e308, 0.5));
const wellFormedFloat = fc.oneof(
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 90.000001, -180.5, 2 ** 31),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const wellFormedDateTime = fc.constantFrom(
  '2026-11-28T01:00:00Z',
  '2027-01-02T08:00:00+07:00',
  '2026-12-05T01:00:00.123Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '1970-01-01T00:00:00-15:00',
);
const wildDateTime = fc.oneof(wellFormedDateTime, fc.constantFrom('2026-02-30T00:00:00Z', 'not-a-date', '', '\u0000', LONG));
const wellFormedDate = fc.constantFrom('2026-11-28', '2027-06-30', '2026-12-31', '0001-01-01', '9999-12-31', '1970-01-01');
const wildDate = fc.oneof(wellFormedDate, fc.constantFrom('2026-02-30', '2026-13-01', '', 'a\u0000', LONG));

describe('every operation, generated input', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  /** Ids of real rows (seeded, and every id a successful call returned), so calls reach past "not found". */
  const knownIds: string[] = [];
  let batches = 0;

  beforeAll(async () => {
    t = await startTestApp({
      env: { MUTATION_LIMIT_PER_MINUTE: '100000', SIGN_IN_LIMIT_PER_ADDRESS: '100000', SIGN_IN_LIMIT_PER_CLIENT: '100000' },
    });
    const introspection = await t.gql<IntrospectionQuery>(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
    schema = buildClientSchema(introspection.data!);

    const [admin] = await t.createMembers(1, 'seed-admin', 'ADMIN');
    const seed = async (query: string, variables: Record<string, unknown> = {}) => {
      const result = await t.gql(query, variables, admin.token);
      if (result.errors) throw new Error(`seeding failed: ${JSON.stringify(result.errors)}`);
      collectIds(result.data);
      return result.data!;
    };
    const org = (await seed('mutation { createOrganization(input: { name: "Sở KH&CN", kind: GOVERNMENT_AGENCY }) { id } }')).createOrganization.id;
    const series = (await seed('mutation { createMeetupSeries(input: { title: "Thứ Bảy", startsOn: "2026-11-01", capacity: 10 }) { id } }')).createMeetupSeries
      .id;
    const meetup = (await seed('query($s: ID!) { meetups(filter: { seriesId: $s }, first: 3) { edges { node { id } } } }', { s: series })).meetups.edges[0].node
      .id;
    const issue = (await seed('mutation { submitIssue(input: { title: "Vướng mắc thủ tục", description: "Mô tả", kind: OBSTACLE }) { id } }')).submitIssue.id;
    await seed('mutation($i: ID!) { addIssueComment(issueId: $i, body: "Bình luận") { id } }', { i: issue });
    await seed('mutation($m: ID!) { addAgendaItem(meetupId: $m, input: { title: "Mục" }) { id } }', { m: meetup });
    await seed('mutation($m: ID!) { rsvp(meetupId: $m, response: GOING) { id } }', { m: meetup });
    await seed(
      'mutation($m: ID!, $i: ID!) { saveMinutes(meetupId: $m, input: { summary: "Tóm tắt", decisions: [{ text: "Kết luận", issueIds: [$i] }] }) { id } }',
      { m: meetup, i: issue },
    );
    await seed('mutation($o: ID!) { createAssignment(input: { title: "Việc", leadOrganizationId: $o, dueOn: "2027-01-01" }) { id } }', { o: org });
    knownIds.push(admin.memberId);
  });
  afterAll(() => t?.close());

  function collectIds(value: unknown): void {
    if (Array.isArray(value)) value.forEach(collectIds);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'id' && typeof item === 'string' && !knownIds.includes(item) && knownIds.length < 200) knownIds.push(item);
        else collectIds(item);
      }
    }
  }

  const hostileId = (mode: Mode) =>
    fc.oneof(
      { weight: 5, arbitrary: fc.nat().map((n) => knownIds[n % knownIds.length]) },
      { weight: 2, arbitrary: fc.constant(null).map(() => randomUUID()) },
      { weight: 1, arbitrary: fc.constantFrom('abc', '', '0', '00000000-0000-0000-0000-000000000000', "1' OR '1'='1", 'x'.repeat(5000)) },
      { weight: mode === 'wild' ? 2 : 0, arbitrary: fc.constantFrom('a\u0000b', '\uD800', LONG) },
    );

  function scalarOf(name: string, mode: Mode): fc.Arbitrary<unknown> {
    const wild = mode === 'wild';
    const scalars: Record<string, fc.Arbitrary<unknown>> = {
      String: wild ? wildText : wellFormedText,
      ID: hostileId(mode),
      Int: wild ? wildInt : wellFormedInt,
      Float: wellFormedFloat,
      Boolean: fc.boolean(),
      DateTime: wild ? wildDateTime : wellFormedDateTime,
      Date: wild ? wildDate : wellFormedDate,
    };
    if (!scalars[name]) throw new Error(`no generator for the scalar ${name}: add one`);
    // Wild runs now and then send a value of another type altogether.
    return wild
      ? fc.oneof({ weight: 12, arbitrary: scalars[name] }, { weight: 1, arbitrary: fc.constantFrom<unknown>(7, 'seven', true, { a: 1 }) })
      : scalars[name];
  }

  /** A value of the input type, as hostile as the mode allows. */
  function valueOf(type: GraphQLInputType, mode: Mode, depth = 0): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) {
      const inner = innerValueOf(type.ofType, mode, depth);
      return mode === 'wild' ? fc.oneof({ weight: 12, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }) : inner;
    }
    return fc.oneof({ weight: 5, arbitrary: innerValueOf(type, mode, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }

  function innerValueOf(type: GraphQLInputType, mode: Mode, depth: number): fc.Arbitrary<unknown> {
    if (isListType(type)) {
      const item = valueOf(type.ofType, mode, depth + 1);
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
        {
          weight: 1,
          arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }).map((items) => Array.from({ length: 2000 }, (_, i) => items[i % items.length])),
        },
        // Nested far deeper than the type: refused, without overflowing a stack on the way.
        { weight: mode === 'wild' ? 1 : 0, arbitrary: fc.constant(null).map(() => JSON.parse('['.repeat(3000) + ']'.repeat(3000))) },
      );
    }
    if (isEnumType(type)) {
      const values = fc.constantFrom(...type.getValues().map((v) => v.name));
      return mode === 'wild' ? fc.oneof({ weight: 9, arbitrary: values }, { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') }) : values;
    }
    if (isInputObjectType(type)) {
      if (depth > 4) return fc.constant(null);
      const fields = Object.values(type.getFields());
      return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, mode, depth + 1)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      });
    }
    if (isScalarType(type)) return scalarOf(type.name, mode);
    throw new Error(`unexpected input type ${String(type)}`);
  }

  function argumentsOf(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
    const args = field.args as readonly GraphQLArgument[];
    const required = args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
    return fc
      .constantFrom<Mode>('wellFormed', 'wild')
      .chain((mode) => fc.record(Object.fromEntries(args.map((a) => [a.name, valueOf(a.type, mode)])), { requiredKeys: required }));
  }

  /** The operation text: every argument a variable; scalar fields only (`__typename`, `id`). */
  function documentOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
    const args = field.args as readonly GraphQLArgument[];
    // (An argument's default is the variable's too, so leaving it out stays valid.)
    const definitions = args
      .map((a) => `$${a.name}: ${String(a.type)}${a.defaultValue === undefined ? '' : ` = ${print(astFromValue(a.defaultValue, a.type)!)}`}`)
      .join(', ');
    const uses = args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const returned = getNamedType(field.type);
    const selection = isObjectType(returned)
      ? `{ __typename${'id' in (returned as GraphQLObjectType).getFields() ? ' id' : ''} }`
      : isScalarType(returned) || isEnumType(returned)
        ? ''
        : '{ __typename }';
    return `${kind}${args.length ? `(${definitions})` : ''} { ${field.name}${args.length ? `(${uses})` : ''} ${selection} }`;
  }

  /** A cheap fingerprint of every row of every domain table: counts and an md5 of the rows' text. */
  let fingerprintSql: string;
  async function fingerprint(): Promise<string> {
    if (!fingerprintSql) {
      const tables: { name: string }[] = await t.dataSource.query(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1)) ORDER BY 1`,
        [NOT_DOMAIN_DATA],
      );
      expect(tables.length).toBeGreaterThan(10);
      fingerprintSql = tables
        .map(({ name }) => `SELECT '${name}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${name}" x`)
        .join(' UNION ALL ');
    }
    return JSON.stringify(await t.dataSource.query(fingerprintSql));
  }

  /** A fresh member per run: a run may sign it out everywhere, change its role or delete it. */
  async function actors(role: 'MEMBER' | 'ADMIN'): Promise<string[]> {
    const members = await t.createMembers(RUNS, `fuzz-${role.toLowerCase()}-${++batches}-`, role);
    knownIds.push(...members.map((m) => m.memberId));
    return members.map((m) => m.token);
  }

  /** The variables, short enough to read in a failure message. */
  function describeValue(value: unknown): string {
    const shorten = (v: unknown, depth: number): unknown => {
      if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 20)}…(${v.length} chars)` : v;
      if (Array.isArray(v)) return depth > 6 ? '[nested deeper]' : v.length > 10 ? `[${v.length} items]` : v.map((item) => shorten(item, depth + 1));
      if (v && typeof v === 'object') return depth > 6 ? '{…}' : Object.fromEntries(Object.entries(v).map(([k, item]) => [k, shorten(item, depth + 1)]));
      return v;
    };
    return JSON.stringify(shorten(value, 0))?.slice(0, 600) ?? String(value);
  }

  async function fuzz(kind: 'query' | 'mutation'): Promise<void> {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    const fields = Object.values(root!.getFields());
    expect(fields.length).toBeGreaterThan(kind === 'query' ? 15 : 35);
    const failures: string[] = [];
    const answered = new Set<string>();
    const executed = new Set<string>();
    let calls = 0;
    for (const field of fields) {
      const document = documentOf(kind, field);
      for (const role of ['MEMBER', 'ADMIN'] as const) {
        const tokens = await actors(role);
        // Each mutation's fingerprint after is the next one's before (the members are made first).
        let before = kind === 'mutation' ? await fingerprint() : '';
        let run = 0;
        const outcome = await fc.check(
          fc.asyncProperty(argumentsOf(field), async (variables) => {
            const token = tokens[run++ % tokens.length];
            const result = await t.gql(document, variables, token);
            calls++;
            // 200: past the request checks (Apollo answers 400 or 413 for those), into the resolver.
            if (result.status === 200) executed.add(field.name);
            const problems: string[] = [];
            if (result.status >= 500) problems.push(`HTTP ${result.status}`);
            if (!result.errors && !result.data) problems.push('neither data nor errors');
            for (const error of result.errors ?? []) {
              if (!PUBLIC_CODES.includes(error.extensions?.code)) problems.push(`code ${error.extensions?.code}: ${error.message}`);
              if (/\bat .+\.(js|ts):\d+/.test(JSON.stringify(error))) problems.push('a stack trace in the answer');
            }
            if (kind === 'mutation') {
              const after = await fingerprint();
              const refused = result.errors && !result.data?.[field.name];
              if (refused && after !== before) problems.push(`refused (${result.errors!.map((e) => e.extensions?.code).join(', ')}) but rows changed`);
              before = after;
            }
            if (!result.errors) {
              answered.add(field.name);
              collectIds(result.data);
            }
            if (problems.length > 0) throw new Error(problems.join('; '));
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
        if (outcome.failed) {
          const message = outcome.errorInstance instanceof Error ? outcome.errorInstance.message : String(outcome.errorInstance);
          failures.push(`${field.name} as ${role}: ${message}\n    variables: ${describeValue(outcome.counterexample?.[0])}`);
        }
      }
    }
    expect(calls).toBeGreaterThanOrEqual(fields.length * 2);
    expect(failures).toEqual([]);
    // Not everything may be refused at the door: nearly every operation must have reached its
    // resolver, and some must have answered data, or the runs above proved little.
    const reach = { executed: executed.size, answeredData: answered.size, of: fields.length };
    expect(reach.executed / reach.of).toBeGreaterThanOrEqual(0.9);
    expect(reach.answeredData / reach.of).toBeGreaterThanOrEqual(kind === 'query' ? 0.6 : 0.1);
  }

  it('every query answers a valid result or structured errors with public codes', () => fuzz('query'), 180_000);

  it('every mutation answers a valid result or structured errors with public codes, and a refused one changes no row', () => fuzz('mutation'), 300_000);
});
