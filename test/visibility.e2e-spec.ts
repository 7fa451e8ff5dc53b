import {
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  IntrospectionQuery,
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { FixedClock } from '@app/core';
import { Who, assignment, issue, members, organization, publishedMinutes, rsvp, schedule, series } from './support/builders';
import { GraphqlResponse, TestApp, startTestApp } from './support/test-app';

/**
 * Every path sees only what the front door shows. The schema is read by introspection and walked:
 * for each type with a visibility rule, every field of every type that returns it is queried —
 * reached from the root queries by every path of a few steps, with the fixture's ids as arguments —
 * as an anonymous caller, a member, an organizer of another series and an organizer of the series.
 * What each may not see carries a marker (a word, an id, an answer, an e-mail address), and no
 * answer may hold a marker its caller may not see. And every such field must reach what it guards
 * for an admin (who sees everything), or be listed below with the reason it cannot: so a new field
 * that returns a meetup, an issue or a member is checked without touching this file, and a field
 * the fixture cannot reach fails until the fixture reaches it.
 */

type Role = 'anonymous' | 'member' | 'otherOrganizer' | 'seriesOrganizer';
const ROLES: Role[] = ['anonymous', 'member', 'otherOrganizer', 'seriesOrganizer'];
type Viewer = Role | 'admin';

/** Types with a visibility rule. */
const RULED = [
  'MeetupSeries',
  'Meetup',
  'AgendaItem',
  'Minutes',
  'MinutesVersion',
  'Decision',
  'Issue',
  'IssueEvent',
  'IssueComment',
  'Consultation',
  'ConsultationSection',
  'ConsultationComment',
  'Delivery',
  'Attendee',
  'Rsvp',
  'StandingRsvp',
  'Member',
  'Affiliation',
] as const;

/**
 * Fields returning a ruled type that no root query can lead to what they guard for an admin, and
 * why. Anything else must be reached by the walk.
 */
const UNREACHED: Record<string, string> = {
  'Query.me': 'the caller themself',
  'Rsvp.member': 'an RSVP is only ever the caller’s own, and so is its member',
  'AuthPayload.member': 'only the answer to signIn: the member signing in',
  'Attendance.member': 'only the answer to a check-in mutation, for the organizers of the series',
  'ConsultationComment.section': 'comments are written only while a consultation is open, so their sections are everyone’s to see',
  'Query.similarIssues': 'never suggests a hidden issue, to anyone',
};

/** How far the walk goes from a root query: fields nested this deep at most before the field checked. */
const MAX_PATH = 3;

interface Marker {
  text: string;
  /** What it is, for the failure message. */
  what: string;
  allowed: Viewer[];
  /** The ruled type whose objects carry it (for the coverage check). */
  type: (typeof RULED)[number];
}

const SIGNED_IN: Viewer[] = ['member', 'otherOrganizer', 'seriesOrganizer', 'admin'];
const ORGANIZERS: Viewer[] = ['otherOrganizer', 'seriesOrganizer', 'admin'];
const MANAGERS: Viewer[] = ['seriesOrganizer', 'admin'];

describe('every path sees only what the front door shows', () => {
  const clock = new FixedClock(new Date('2026-11-26T03:00:00Z'));
  let t: TestApp;
  let schema: GraphQLSchema;
  const who = {} as Record<Viewer | 'submitter' | 'attendee', Who>;
  const id: Record<string, string> = {};
  const markers: Marker[] = [];
  const mark = (text: string, what: string, type: Marker['type'], allowed: Viewer[]) => markers.push({ text, what, type, allowed });

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { MUTATION_LIMIT_PER_MINUTE: '100000' } });
    const introspection = await t.gql<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data!);

    [who.member, who.submitter, who.attendee] = await members(t, 3, 'walk-member');
    [who.otherOrganizer, who.seriesOrganizer] = await members(t, 2, 'walk-organizer', 'ORGANIZER');
    [who.admin] = await members(t, 1, 'walk-admin', 'ADMIN');
    const as = async (by: Who, query: string, variables: Record<string, unknown> = {}) => {
      const result = await t.gql(query, variables, by.token);
      if (result.errors) throw new Error(`fixture: ${JSON.stringify(result.errors)}`);
      return result.data!;
    };
    const organizers = [who.seriesOrganizer.memberId];

    // The other organizer's own series.
    await series(t, who.otherOrganizer, { title: 'Chuỗi khác', startsOn: '2026-11-28' }, 1);

    // A members-only series and its first date: minutes published, a decision, an agenda, RSVPs with answers.
    const secret = await series(
      t,
      who.seriesOrganizer,
      {
        title: 'SECRET-S-TITLE',
        description: 'SECRET-S-DESCRIPTION',
        venue: 'SECRET-S-VENUE',
        venueAddress: 'SECRET-S-ADDRESS',
        onlineUrl: 'https://secret-s-online.example/room',
        visibility: 'MEMBERS',
        startsOn: '2026-11-28',
        organizerIds: organizers,
        registrationQuestions: ['Bạn làm ở đâu?'],
      },
      2,
    );
    id.secretSeries = secret.seriesId;
    // Its dates are not listed to anonymous callers (the builder's own look-up): asked as its organizer.
    const dates = await as(who.seriesOrganizer, 'query($s: ID!) { meetups(filter: { seriesId: $s }, first: 1) { edges { node { id } } } }', {
      s: id.secretSeries,
    });
    id.secretMeetup = dates.meetups.edges[0].node.id;
    expect(secret.meetupIds).toEqual([]);
    for (const text of ['SECRET-S-TITLE', 'SECRET-S-DESCRIPTION', 'SECRET-S-VENUE', 'SECRET-S-ADDRESS', 'secret-s-online.example', id.secretSeries])
      mark(text, 'the members-only series', 'MeetupSeries', SIGNED_IN);
    mark(id.secretMeetup, 'a date of the members-only series', 'Meetup', SIGNED_IN);
    mark('SECRET-S-VENUE', 'the members-only date’s venue', 'Meetup', SIGNED_IN);

    // A public series with a date whose agenda holds an issue hidden later, and draft minutes.
    const open = await series(t, who.seriesOrganizer, { title: 'Chuỗi công khai', startsOn: '2026-11-28', organizerIds: organizers }, 1);
    id.publicSeries = open.seriesId;
    [id.publicMeetup] = open.meetupIds;

    id.publicIssue = await issue(t, who.submitter, { title: 'Vướng mắc công khai', description: 'Ai cũng đọc được.' });
    id.hiddenIssue = await issue(t, who.submitter, { title: 'SECRET-H-TITLE 0905 123 456', description: 'SECRET-H-DESCRIPTION' });
    id.duplicate = await issue(t, who.member, { title: 'Trùng với vấn đề bị ẩn', description: 'Như trên.' });
    mark('SECRET-H-TITLE', 'the hidden issue’s title (and its copy on an agenda)', 'Issue', ORGANIZERS);
    mark('SECRET-H-DESCRIPTION', 'the hidden issue’s description', 'Issue', ORGANIZERS);
    mark(id.hiddenIssue, 'the hidden issue’s id', 'Issue', ORGANIZERS);
    mark('SECRET-H-TITLE', 'a hidden issue’s title copied on an agenda', 'AgendaItem', ORGANIZERS);

    id.secretItem = await schedule(t, who.seriesOrganizer, id.publicIssue, id.secretMeetup);
    mark(id.secretItem, 'an agenda point of the members-only date', 'AgendaItem', SIGNED_IN);
    await schedule(t, who.seriesOrganizer, id.hiddenIssue, id.publicMeetup);

    // Answers to the series' question: each member's own, and the organizers' (attendee list).
    const answer = (by: Who, text: string) =>
      as(by, 'mutation($m: ID!, $a: [String!]) { rsvp(meetupId: $m, response: GOING, answers: $a) { id } }', { m: id.secretMeetup, a: [text] });
    await answer(who.member, 'SECRET-ANSWER-MEMBER');
    await answer(who.attendee, 'SECRET-ANSWER-ATTENDEE');
    await answer(who.otherOrganizer, 'SECRET-ANSWER-OTHER-ORGANIZER');
    await answer(who.seriesOrganizer, 'SECRET-ANSWER-SERIES-ORGANIZER');
    await answer(who.admin, 'SECRET-ANSWER-ADMIN');
    mark('SECRET-ANSWER-MEMBER', 'the member’s own answer', 'Rsvp', ['member', ...MANAGERS]);
    mark('SECRET-ANSWER-ATTENDEE', 'another member’s answer', 'Attendee', MANAGERS);
    mark('SECRET-ANSWER-OTHER-ORGANIZER', 'the other organizer’s own answer', 'Rsvp', ['otherOrganizer', ...MANAGERS]);
    mark('SECRET-ANSWER-SERIES-ORGANIZER', 'the series organizer’s own answer', 'Rsvp', MANAGERS);
    mark('SECRET-ANSWER-ADMIN', 'the admin’s own answer', 'Rsvp', MANAGERS);
    await as(who.admin, 'mutation($s: ID!) { setStandingRsvp(seriesId: $s) { guests } }', { s: id.secretSeries });
    await rsvp(t, who.attendee, id.publicMeetup);

    const code = await as(who.seriesOrganizer, 'query($m: ID!) { meetup(id: $m) { checkInCode } }', { m: id.secretMeetup });
    mark(code.meetup.checkInCode, 'the check-in code', 'Meetup', MANAGERS);

    // The published minutes of the members-only date: a decision on the public and the hidden issue.
    await as(who.seriesOrganizer, 'mutation($m: ID!, $a: [ID!]) { saveMinutes(meetupId: $m, input: { attendeeIds: $a }) { id } }', {
      m: id.secretMeetup,
      a: [who.attendee.memberId],
    });
    const { decisionIds } = await publishedMinutes(
      t,
      who.seriesOrganizer,
      id.secretMeetup,
      [{ text: 'SECRET-S-DECISION', issueIds: [id.publicIssue, id.hiddenIssue] }],
      'SECRET-S-MINUTES',
    );
    mark('SECRET-S-MINUTES', 'the members-only minutes', 'Minutes', SIGNED_IN);
    mark('SECRET-S-MINUTES', 'a version of the members-only minutes', 'MinutesVersion', SIGNED_IN);
    mark('SECRET-S-DECISION', 'a decision of the members-only minutes', 'Decision', SIGNED_IN);
    mark('SECRET-S-DECISION', 'that decision on the public issue’s timeline', 'IssueEvent', SIGNED_IN);

    // Draft minutes of the public date.
    await as(
      who.seriesOrganizer,
      'mutation($m: ID!) { saveMinutes(meetupId: $m, input: { summary: "SECRET-P-DRAFT", decisions: [{ text: "SECRET-P-DRAFT-DECISION" }] }) { id } }',
      {
        m: id.publicMeetup,
      },
    );
    mark('SECRET-P-DRAFT', 'draft minutes', 'Minutes', MANAGERS);
    mark('SECRET-P-DRAFT-DECISION', 'a decision of draft minutes', 'Decision', MANAGERS);

    // Assignments: from the members-only decision (its meetup and decision), on the hidden issue, and to a member.
    const lead = await organization(t, who.seriesOrganizer, { name: 'Sở Khoa học và Công nghệ' });
    id.fromDecision = await assignment(t, who.seriesOrganizer, lead, { title: 'Việc từ kết luận', decisionId: decisionIds[0], issueId: id.publicIssue });
    await t.dataSource.query('UPDATE assignments SET meetup_id = $2 WHERE id = $1', [id.fromDecision, id.secretMeetup]);
    id.onHidden = await assignment(t, who.seriesOrganizer, lead, { title: 'Việc về vấn đề bị ẩn', issueId: id.hiddenIssue, assigneeId: who.attendee.memberId });
    await as(who.seriesOrganizer, 'mutation($id: ID!) { reportAssignmentProgress(id: $id, input: { progressPercent: 10, note: "Đã họp" }) { id } }', {
      id: id.onHidden,
    });

    // The duplicate merged into the issue hidden next; a moderation reason left on the public issue's timeline.
    await as(who.seriesOrganizer, 'mutation($d: ID!, $o: ID!) { setIssueStatus(id: $d, status: DUPLICATE, duplicateOfId: $o) { id } }', {
      d: id.duplicate,
      o: id.hiddenIssue,
    });
    await as(who.seriesOrganizer, 'mutation($i: ID!) { hideIssue(id: $i, reason: "SECRET-HIDE-REASON") { id } }', { i: id.hiddenIssue });
    await as(who.seriesOrganizer, 'mutation($i: ID!) { hideIssue(id: $i, reason: "SECRET-UNHIDDEN-REASON") { id } }', { i: id.publicIssue });
    await as(who.seriesOrganizer, 'mutation($i: ID!) { unhideIssue(id: $i) { id } }', { i: id.publicIssue });
    mark('SECRET-HIDE-REASON', 'why the issue is hidden', 'IssueEvent', ORGANIZERS);
    mark('SECRET-UNHIDDEN-REASON', 'why an issue shown again was hidden', 'IssueEvent', ORGANIZERS);
    await as(who.member, 'mutation($i: ID!) { supportIssue(id: $i) { id } }', { i: id.publicIssue });

    // A comment hidden by moderation.
    const comment = await as(who.member, 'mutation($i: ID!) { addIssueComment(issueId: $i, body: "SECRET-COMMENT") { id } }', { i: id.publicIssue });
    await as(who.seriesOrganizer, 'mutation($c: ID!) { hideIssueComment(id: $c, reason: "SECRET-COMMENT-REASON") { id } }', { c: comment.addIssueComment.id });
    await as(who.attendee, 'mutation($i: ID!) { addIssueComment(issueId: $i, body: "Đồng ý") { id } }', { i: id.publicIssue });
    mark('SECRET-COMMENT', 'a hidden comment', 'IssueComment', ORGANIZERS);
    mark('SECRET-COMMENT-REASON', 'why a comment is hidden', 'IssueComment', ORGANIZERS);

    // A consultation not open yet, and an open one with a hidden comment.
    const draft = await as(
      who.seriesOrganizer,
      'mutation($o: DateTime!, $c: DateTime!) { createConsultation(input: { title: "SECRET-C-DRAFT", document: "# SECRET-C-HEADING\\nNội dung", opensAt: $o, closesAt: $c }) { id } }',
      { o: '2026-12-20T00:00:00Z', c: '2027-01-20T00:00:00Z' },
    );
    id.draftConsultation = draft.createConsultation.id;
    mark('SECRET-C-DRAFT', 'a consultation not open yet', 'Consultation', ORGANIZERS);
    mark('SECRET-C-HEADING', 'a section of a consultation not open yet', 'ConsultationSection', ORGANIZERS);
    const consultation = await as(
      who.seriesOrganizer,
      'mutation($o: DateTime!, $c: DateTime!) { createConsultation(input: { title: "Dự thảo mở", document: "# Mục 1\\nNội dung", opensAt: $o, closesAt: $c }) { id sections { id } } }',
      { o: '2026-11-20T00:00:00Z', c: '2027-01-20T00:00:00Z' },
    );
    id.openConsultation = consultation.createConsultation.id;
    const section = consultation.createConsultation.sections[0].id;
    const hiddenComment = await as(who.member, 'mutation($s: ID!) { commentOnSection(sectionId: $s, body: "SECRET-CC-COMMENT") { id } }', { s: section });
    await as(who.seriesOrganizer, 'mutation($c: ID!) { hideConsultationComment(id: $c, reason: "SECRET-CC-REASON") { id } }', {
      c: hiddenComment.commentOnSection.id,
    });
    await as(who.attendee, 'mutation($s: ID!) { commentOnSection(sectionId: $s, body: "Góp ý công khai") { id } }', { s: section });
    mark('SECRET-CC-COMMENT', 'a hidden consultation comment', 'ConsultationComment', ORGANIZERS);
    mark('SECRET-CC-REASON', 'why a consultation comment is hidden', 'ConsultationComment', ORGANIZERS);

    // A member asks to speak for an organisation (a request organizers see, with the domain of their address).
    await t.dataSource.query(`UPDATE members SET email = 'walk-attendee@secret-domain.example' WHERE id = $1`, [who.attendee.memberId]);
    await as(who.attendee, 'mutation($o: ID!) { updateProfile(input: { organizationId: $o }) { id } }', { o: lead });
    mark('secret-domain.example', 'a member’s address and affiliation request', 'Affiliation', ORGANIZERS);

    // A startup project whose contact is a member; mail sent for the members-only date.
    const project = await as(who.attendee, 'mutation { registerStartupProject(input: { name: "Dự án nhỏ", stage: IDEA }) { id } }');
    id.project = project.registerStartupProject.id;
    await t.dataSource.query(
      `INSERT INTO deliveries (key, member_id, kind, meetup_id, created_at, status, attempts, last_error) VALUES ('walk:1', $1, 'meetup.changed', $2, now(), 'FAILED', 8, 'SECRET-DELIVERY-ERROR')`,
      [who.attendee.memberId, id.secretMeetup],
    );
    mark('SECRET-DELIVERY-ERROR', 'mail sent for a date', 'Delivery', MANAGERS);
  }, 120_000);
  afterAll(() => t.close());

  /** Arguments each root query is called with (every root query with required arguments must be here). */
  function rootArguments(): Record<string, Record<string, unknown>[]> {
    return {
      meetup: [{ id: id.secretMeetup }, { id: id.publicMeetup }],
      meetups: [
        { filter: { seriesId: id.secretSeries }, first: 3 },
        { filter: { seriesId: id.publicSeries }, first: 3 },
      ],
      nextMeetup: [{ seriesId: id.secretSeries }, { seriesId: id.publicSeries }],
      meetupSeriesById: [{ id: id.secretSeries }, { id: id.publicSeries }],
      meetupSeries: [{}],
      meetupAttendees: [{ meetupId: id.secretMeetup }],
      issue: [{ id: id.publicIssue }, { id: id.hiddenIssue }, { id: id.duplicate }],
      issues: [{ first: 10 }],
      similarIssues: [{ title: 'SECRET-H-TITLE 0905 123 456' }],
      assignment: [{ id: id.fromDecision }, { id: id.onHidden }],
      assignments: [{ first: 10 }],
      consultation: [{ id: id.draftConsultation }, { id: id.openConsultation }],
      consultations: [{}],
      deliveries: [{ meetupId: id.secretMeetup }, { memberId: who.attendee.memberId }],
      startupProject: [{ id: id.project }],
      startupProjects: [{}],
      members: [{ search: 'walk' }],
      me: [{}],
      auditLog: [{ first: 5 }],
      affiliationRequests: [{}],
      unverifiedSupports: [{}],
      organization: [],
      organizations: [{}],
      organizationScorecards: [{}],
      ecosystemMap: [{}],
      programmeTargets: [{}],
    };
  }

  interface Probe {
    /** The ruled field checked, as `Type.field`. */
    field: string;
    ruled: string;
    root: string;
    /** The root call and the path down to the field, as one selection of a query. */
    selection: string;
  }

  function literal(value: unknown): string {
    if (value === null) return 'null';
    if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
    if (typeof value === 'object')
      return `{ ${Object.entries(value as object)
        .map(([k, v]) => `${k}: ${literal(v)}`)
        .join(', ')} }`;
    return JSON.stringify(value);
  }

  /** Scalars and enums of a type (with no required argument), and what is private on a member. */
  function leaves(type: GraphQLObjectType): string {
    const names = Object.values(type.getFields())
      .filter((f) => !f.args.some((a) => isNonNullType(a.type)))
      .filter((f) => {
        const named = getNamedType(f.type);
        return isScalarType(named) || isEnumType(named);
      })
      .map((f) => f.name);
    const more = type.name === 'Member' ? ['notificationPreferences { weeklyDigest }', 'standingRsvps { guests }'] : [];
    return ['__typename', ...names, ...more].join(' ');
  }

  function objectFields(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
    return Object.values(type.getFields()).filter((f) => isObjectType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)));
  }

  /** Every path of at most MAX_PATH fields from a root query to each type, no type twice on a path. */
  function pathsTo(): Map<string, { root: string; steps: string[] }[]> {
    const found = new Map<string, { root: string; steps: string[] }[]>();
    const query = schema.getQueryType()!;
    const walk = (type: GraphQLObjectType, root: string, steps: string[], seen: Set<string>) => {
      const list = found.get(type.name) ?? [];
      list.push({ root, steps });
      found.set(type.name, list);
      if (steps.length >= MAX_PATH) return;
      for (const field of objectFields(type)) {
        const next = getNamedType(field.type) as GraphQLObjectType;
        if (seen.has(next.name)) continue;
        walk(next, root, [...steps, field.name], new Set([...seen, next.name]));
      }
    };
    for (const field of Object.values(query.getFields())) {
      const next = getNamedType(field.type);
      if (isObjectType(next)) walk(next, field.name, [], new Set(['Query', next.name]));
    }
    return found;
  }

  function probes(): Probe[] {
    const args = rootArguments();
    const query = schema.getQueryType()!;
    for (const field of Object.values(query.getFields())) {
      if (!(field.name in args)) throw new Error(`Give the walk arguments for Query.${field.name} in rootArguments()`);
    }
    const paths = pathsTo();
    const made: Probe[] = [];
    const selection = (steps: string[], inner: string) => steps.reduceRight((body, step) => `${step} { ${body} }`, inner);
    for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Mutation') continue;
      for (const field of Object.values(type.getFields())) {
        const ruled = getNamedType(field.type);
        if (!isObjectType(ruled) || !(RULED as readonly string[]).includes(ruled.name)) continue;
        const target = `${type.name}.${field.name}`;
        if (type.name === 'Query') {
          for (const a of args[field.name]) {
            const call = Object.keys(a).length
              ? `${field.name}(${Object.entries(a)
                  .map(([k, v]) => `${k}: ${literal(v)}`)
                  .join(', ')})`
              : field.name;
            made.push({ field: target, ruled: ruled.name, root: field.name, selection: `${call} { ${leaves(ruled)} }` });
          }
          continue;
        }
        for (const path of paths.get(type.name) ?? []) {
          for (const a of args[path.root]) {
            const call = Object.keys(a).length
              ? `${path.root}(${Object.entries(a)
                  .map(([k, v]) => `${k}: ${literal(v)}`)
                  .join(', ')})`
              : path.root;
            made.push({
              field: target,
              ruled: ruled.name,
              root: path.root,
              selection: `${call} { ${selection(path.steps, `${field.name} { ${leaves(ruled)} }`)} }`,
            });
          }
        }
      }
    }
    return made;
  }

  /** Every object of a type in an answer. */
  function objectsOf(value: unknown, typename: string, into: Record<string, unknown>[] = []): Record<string, unknown>[] {
    if (Array.isArray(value)) for (const item of value) objectsOf(item, typename, into);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.__typename === typename) into.push(record);
      for (const inner of Object.values(record)) objectsOf(inner, typename, into);
    }
    return into;
  }

  it('walks every field that returns a ruled type, as each caller, and finds nothing the caller may not see', async () => {
    const all = probes();
    expect(all.length).toBeGreaterThan(200);
    const leaks: string[] = [];
    const reached = new Set<string>();
    const organizerViewers: Viewer[] = ['otherOrganizer', 'seriesOrganizer', 'admin'];

    /** What one probe's answer shows a viewer. */
    const check = (probe: Probe, viewer: Viewer, data: unknown, errors: NonNullable<GraphqlResponse['errors']>) => {
      const query = `{ ${probe.selection} }`;
      // A refusal (a guarded query or field) reveals nothing; any other error is a fault of the walk's data or of a field
      // (NOT_FOUND where an object's loader hid what its parent showed).
      for (const error of errors) {
        if (!['FORBIDDEN', 'UNAUTHENTICATED'].includes(error.extensions.code)) {
          leaks.push(`${viewer} ${probe.field}: error ${error.extensions.code} ${error.message} at ${error.path?.slice(1).join('.')} in ${query}`);
        }
      }
      const text = JSON.stringify(data ?? null);
      for (const marker of markers) {
        if (!marker.allowed.includes(viewer) && text.includes(marker.text)) leaks.push(`${viewer} sees ${marker.what} through ${probe.field}: ${query}`);
      }
      // A member's private fields: their own only; the address also for organizers.
      const self = viewer === 'anonymous' ? null : who[viewer].memberId;
      for (const member of objectsOf(data, 'Member')) {
        if (member.id === self) continue;
        for (const field of ['locale', 'notificationPreferences', 'standingRsvps', 'calendarFeedUrl', 'calendarFeedWebcalUrl']) {
          if (member[field] !== null && member[field] !== undefined) leaks.push(`${viewer} sees another member's ${field} through ${probe.field}: ${query}`);
        }
        if (!organizerViewers.includes(viewer) && member.email !== null && member.email !== undefined) {
          leaks.push(`${viewer} sees another member's e-mail through ${probe.field}: ${query}`);
        }
      }
      if (viewer === 'admin') {
        const objects = objectsOf(data, probe.ruled);
        const guarded = markers.filter((m) => m.type === probe.ruled);
        // A member: anyone but the admin; a standing RSVP: any (it is only ever the caller's own); else an object carrying a marker.
        const reaches =
          probe.ruled === 'Member'
            ? objects.some((m) => m.id !== self)
            : probe.ruled === 'StandingRsvp'
              ? objects.length > 0
              : objects.some((o) => guarded.some((m) => JSON.stringify(o).includes(m.text)));
        if (reaches) reached.add(probe.field);
      }
    };

    // Probes of one root query go together, under aliases, a few to a request (within the limits
    // on aliases, tokens and cost); a batch the limits refuse is asked again in halves.
    const batches: Probe[][] = [];
    for (const root of new Set(all.map((p) => p.root))) {
      const ofRoot = all.filter((p) => p.root === root);
      for (let i = 0; i < ofRoot.length; i += 12) batches.push(ofRoot.slice(i, i + 12));
    }
    const ask = async (batch: Probe[], viewer: Viewer) => {
      const query = `{ ${batch.map((probe, index) => `p${index}: ${probe.selection}`).join(' ')} }`;
      const result = await t.gql(query, {}, viewer === 'anonymous' ? undefined : who[viewer].token);
      const refusedWhole = result.errors?.some((e) => !e.path && e.extensions.code === 'BAD_USER_INPUT');
      if (refusedWhole && batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        await ask(batch.slice(0, half), viewer);
        await ask(batch.slice(half), viewer);
        return;
      }
      batch.forEach((probe, index) => {
        const errors = (result.errors ?? []).filter((e) => !e.path || e.path[0] === `p${index}`);
        check(probe, viewer, result.data?.[`p${index}`], errors);
      });
    };
    for (const batch of batches) {
      for (const viewer of [...ROLES, 'admin'] as Viewer[]) await ask(batch, viewer);
    }
    expect(leaks).toEqual([]);
    const fields = [...new Set(all.map((p) => p.field))];
    const ruledFields: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Mutation') continue;
      for (const field of Object.values(type.getFields())) {
        if ((RULED as readonly string[]).includes(getNamedType(field.type).name)) ruledFields.push(`${type.name}.${field.name}`);
      }
    }
    // Every field returning a ruled type is walked, and reaches what its rule guards (or is listed with why it cannot).
    expect(ruledFields.filter((f) => !fields.includes(f) && !(f in UNREACHED))).toEqual([]);
    expect(fields.filter((f) => !reached.has(f) && !(f in UNREACHED))).toEqual([]);
    expect(Object.keys(UNREACHED).filter((f) => !ruledFields.includes(f))).toEqual([]);
  }, 600_000);
});
