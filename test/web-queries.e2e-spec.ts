import { FixedClock } from '@app/core';
import { TestApp, startTestApp } from './support/test-app';

/** The reads the web app added: issues a member supports, the backlog by support, past dates latest first. */
describe('queries for the web app', () => {
  let t: TestApp;
  let organizer: { token: string; memberId: string };
  let members: { token: string; memberId: string }[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date('2026-11-26T03:00:00Z')) });
    [organizer] = await t.createMembers(1, 'wq-organizer', 'ORGANIZER');
    members = await t.createMembers(4, 'wq-member');
    for (const [index, title] of ['Một ủng hộ', 'Ba ủng hộ', 'Không ủng hộ', 'Hai ủng hộ'].entries()) {
      const answer = await t.gql<{ submitIssue: { id: string } }>(
        'mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }',
        { input: { title, description: 'Mô tả', kind: 'PROPOSAL' } },
        members[index].token,
      );
      ids[title] = answer.data!.submitIssue.id;
    }
    const support = (title: string, by: number[]) =>
      Promise.all(by.map((i) => t.gql('mutation($id: ID!) { supportIssue(id: $id) { id } }', { id: ids[title] }, members[i].token)));
    await support('Một ủng hộ', [1]);
    await support('Ba ủng hộ', [0, 2, 3]);
    await support('Hai ủng hộ', [0, 1]);
  });
  afterAll(() => t.close());

  const titles = (answer: { data?: Record<string, any> | null }) => (answer.data!.issues.edges as { node: { title: string } }[]).map((e) => e.node.title);
  const ISSUES =
    'query($filter: IssueFilter, $after: String, $first: Int!) { issues(filter: $filter, first: $first, after: $after) { totalCount edges { node { title } } pageInfo { hasNextPage endCursor } } }';

  it('lists the issues the signed-in member supports, and none for an anonymous caller', async () => {
    const mine = await t.gql(ISSUES, { filter: { supportedByMe: true }, first: 20 }, members[0].token);
    expect(titles(mine).sort()).toEqual(['Ba ủng hộ', 'Hai ủng hộ']);
    expect(mine.data!.issues.totalCount).toBe(2);
    const anonymous = await t.gql(ISSUES, { filter: { supportedByMe: true }, first: 20 });
    expect(titles(anonymous)).toEqual([]);
  });

  it('ranks the backlog by support, page after page', async () => {
    const first = await t.gql(ISSUES, { filter: { mostSupported: true }, first: 2 }, organizer.token);
    expect(titles(first)).toEqual(['Ba ủng hộ', 'Hai ủng hộ']);
    expect(first.data!.issues.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql(ISSUES, { filter: { mostSupported: true }, first: 2, after: first.data!.issues.pageInfo.endCursor }, organizer.token);
    expect(titles(second)).toEqual(['Một ủng hộ', 'Không ủng hộ']);
    expect(second.data!.issues.pageInfo.hasNextPage).toBe(false);
  });

  it('lists dates before an instant latest first, page after page', async () => {
    await t.gql('mutation { createMeetupSeries(input: { title: "Thứ Bảy", startsOn: "2026-10-03" }) { id } }', {}, organizer.token);
    const MEETUPS =
      'query($after: String) { meetups(filter: { to: "2027-01-20T00:00:00Z", newestFirst: true }, first: 2, after: $after) { edges { node { startsAt } } pageInfo { hasNextPage endCursor } } }';
    const first = await t.gql<{ meetups: { edges: { node: { startsAt: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(MEETUPS);
    const second = await t.gql<{ meetups: { edges: { node: { startsAt: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(MEETUPS, {
      after: first.data!.meetups.pageInfo.endCursor,
    });
    const starts = [...first.data!.meetups.edges, ...second.data!.meetups.edges].map((e) => e.node.startsAt);
    expect(starts.length).toBeGreaterThan(0);
    expect([...starts].sort().reverse()).toEqual(starts);
    expect(new Set(starts).size).toBe(starts.length);
    expect(starts.every((s) => s < '2027-01-20T00:00:00Z')).toBe(true);
    expect(starts.length).toBe(4);
  });
});
