import { TestApp, startTestApp } from './support/test-app';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name shortName kind website } }`;
const SET_ROLE = `mutation($id: ID!, $role: Role!) { setMemberRole(memberId: $id, role: $role) { id role } }`;
const UPDATE = `mutation($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    id name locale organization { id name } affiliation { status role organization { id name } } notificationPreferences { weeklyDigest issueUpdates }
  }
}`;

describe('members, roles and organisations', () => {
  let t: TestApp;
  let admin: { token: string; memberId: string };
  let member: { token: string; memberId: string };
  let organizer: { token: string; memberId: string };

  beforeAll(async () => {
    t = await startTestApp({ env: { ADMIN_EMAILS: 'admin@vien.example' } });
    admin = await t.signIn('admin@vien.example', 'Quản trị');
    member = await t.signIn('founder@startup.example', 'Trần Văn Khởi');
    organizer = await t.signIn('staff@vien.example', 'Lê Thị Tổ Chức');
  });
  afterAll(() => t.close());

  it('lets only admins set roles', async () => {
    const byMember = await t.gql(SET_ROLE, { id: organizer.memberId, role: 'ORGANIZER' }, member.token);
    expect(byMember.errors![0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(SET_ROLE, { id: organizer.memberId, role: 'ORGANIZER' });
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.dataSource.query('SELECT role FROM members WHERE id = $1', [organizer.memberId]))[0].role).toBe('MEMBER');

    const byAdmin = await t.gql(SET_ROLE, { id: organizer.memberId, role: 'ORGANIZER' }, admin.token);
    expect(byAdmin.data!.setMemberRole).toEqual({ id: organizer.memberId, role: 'ORGANIZER' });
    expect((await t.dataSource.query('SELECT role FROM members WHERE id = $1', [organizer.memberId]))[0].role).toBe('ORGANIZER');
  });

  it('refuses unknown members, malformed ids and admins demoting themselves', async () => {
    const unknown = await t.gql(SET_ROLE, { id: '00000000-0000-4000-8000-000000000000', role: 'ORGANIZER' }, admin.token);
    expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
    const malformed = await t.gql(SET_ROLE, { id: 'abc', role: 'ORGANIZER' }, admin.token);
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberId' });
    const badRole = await t.gql(SET_ROLE, { id: member.memberId, role: 'KING' }, admin.token);
    expect(badRole.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badRole.errors![0].message).toContain('role');
    const self = await t.gql(SET_ROLE, { id: admin.memberId, role: 'MEMBER' }, admin.token);
    expect(self.errors![0].extensions.code).toBe('CONFLICT');
  });

  it('lets organizers, not members, create organisations', async () => {
    const input = { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: 'GOVERNMENT_AGENCY', website: 'https://skhcn.example.vn' };
    const byMember = await t.gql(CREATE_ORG, { input }, member.token);
    expect(byMember.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await t.count('organizations')).toBe(0);

    const created = await t.gql(CREATE_ORG, { input }, organizer.token);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrganization).toMatchObject({ name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: 'GOVERNMENT_AGENCY' });

    const duplicate = await t.gql(CREATE_ORG, { input: { ...input, name: 'sở khoa học và công nghệ' } }, organizer.token);
    expect(duplicate.errors![0].extensions.code).toBe('CONFLICT');
    expect(await t.count('organizations')).toBe(1);

    const found = await t.gql('{ organizations(search: "SO KHOA HOC") { name } }');
    expect(found.data!.organizations).toEqual([{ name: 'Sở Khoa học và Công nghệ' }]);
  });

  it('refuses bad organisation input naming the field, writing nothing', async () => {
    const before = await t.count('organizations');
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '', kind: 'STARTUP' }, 'name'],
      [{ name: 'x'.repeat(201), kind: 'STARTUP' }, 'name'],
      [{ name: 'Ok', kind: 'STARTUP', website: 'javascript:alert(1)' }, 'website'],
      [{ name: 'Ok', kind: 'STARTUP', shortName: 's'.repeat(51) }, 'shortName'],
    ];
    for (const [input, field] of cases) {
      const result = await t.gql(CREATE_ORG, { input }, organizer.token);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const unknownKind = await t.gql(CREATE_ORG, { input: { name: 'Ok', kind: 'CASINO' } }, organizer.token);
    expect(unknownKind.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknownKind.errors![0].message).toContain('kind');
    expect(await t.count('organizations')).toBe(before);
  });

  it('updates the profile: name, language, a request to join an organisation (pending: no organisation yet) and notification preferences', async () => {
    const [{ id: orgId }] = await t.dataSource.query('SELECT id FROM organizations LIMIT 1');
    const result = await t.gql(
      UPDATE,
      { input: { name: 'Trần Văn Khởi Nghiệp', locale: 'en', organizationId: orgId, notificationPreferences: { weeklyDigest: false } } },
      member.token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateProfile).toEqual({
      id: member.memberId,
      name: 'Trần Văn Khởi Nghiệp',
      locale: 'en',
      organization: null,
      affiliation: { status: 'PENDING', role: 'MEMBER', organization: { id: orgId, name: 'Sở Khoa học và Công nghệ' } },
      notificationPreferences: { weeklyDigest: false, issueUpdates: true },
    });
    const [row] = await t.dataSource.query('SELECT name, locale, notification_preferences FROM members WHERE id = $1', [member.memberId]);
    expect(row).toEqual({ name: 'Trần Văn Khởi Nghiệp', locale: 'en', notification_preferences: { weeklyDigest: false } });
    expect(await t.dataSource.query('SELECT organization_id, status FROM affiliations WHERE member_id = $1', [member.memberId])).toEqual([
      { organization_id: orgId, status: 'PENDING' },
    ]);

    const cleared = await t.gql(UPDATE, { input: { clearOrganization: true } }, member.token);
    expect(cleared.data!.updateProfile).toMatchObject({ organization: null, affiliation: null });
  });

  it('refuses bad profile input naming the field, changing nothing', async () => {
    const [before] = await t.dataSource.query('SELECT * FROM members WHERE id = $1', [member.memberId]);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'n'.repeat(101) }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: 'bad\u0000name' }, 'name'],
      [{ organizationId: '00000000-0000-4000-8000-000000000000' }, 'organizationId'],
    ];
    for (const [input, field] of cases) {
      const result = await t.gql(UPDATE, { input }, member.token);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const badLocale = await t.gql(UPDATE, { input: { locale: 'fr' } }, member.token);
    expect(badLocale.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const [after] = await t.dataSource.query('SELECT * FROM members WHERE id = $1', [member.memberId]);
    expect(after).toEqual(before);
    expect(await t.dataSource.query('SELECT * FROM affiliations WHERE member_id = $1', [member.memberId])).toEqual([]);
    expect((await t.gql(UPDATE, { input: { name: 'x' } })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps e-mail addresses private: organizers see them, members do not list members', async () => {
    const asMember = await t.gql('{ members { id email } }', {}, member.token);
    expect(asMember.errors![0].extensions.code).toBe('FORBIDDEN');
    const asOrganizer = await t.gql<{ members: { id: string; email: string | null; locale: string | null }[] }>(
      '{ members(search: "tran van") { id email locale } }',
      {},
      organizer.token,
    );
    expect(asOrganizer.data!.members).toEqual([{ id: member.memberId, email: 'founder@startup.example', locale: null }]);
  });
});

describe('the audit log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('records organizer and admin actions with actor, time and before/after, for admins to read', async () => {
    const [admin] = await t.createMembers(1, 'admin', 'ADMIN');
    const [organizer, member] = await t.createMembers(2, 'someone');
    await t.gql('mutation($id: ID!) { setMemberRole(memberId: $id, role: ORGANIZER) { id } }', { id: organizer.memberId }, admin.token);
    const issue = await t.gql(
      'mutation { submitIssue(input: { title: "Thông tin cá nhân lộ", description: "Số điện thoại", kind: QUESTION }) { id } }',
      {},
      member.token,
    );
    await t.gql('mutation($id: ID!) { hideIssue(id: $id, reason: "Thông tin cá nhân") { id } }', { id: issue.data!.submitIssue.id }, organizer.token);

    const log = await t.gql('{ auditLog { action targetType targetId before after actor { id } at } }', {}, admin.token);
    expect(log.errors).toBeUndefined();
    const [hide, role] = log.data!.auditLog;
    expect(hide).toMatchObject({ action: 'issue.hide', targetType: 'issue', targetId: issue.data!.submitIssue.id, actor: { id: organizer.memberId } });
    expect(JSON.parse(hide.after)).toEqual({ hidden: true, reason: 'Thông tin cá nhân' });
    expect(role).toMatchObject({ action: 'member.role', targetId: organizer.memberId, actor: { id: admin.memberId } });
    expect(JSON.parse(role.before)).toEqual({ role: 'MEMBER' });
    expect(JSON.parse(role.after)).toEqual({ role: 'ORGANIZER' });
    expect((await t.gql('{ auditLog { action } }', {}, organizer.token)).errors![0].extensions.code).toBe('FORBIDDEN');

    const org = await t.gql('mutation { createOrganization(input: { name: "Vườn ươm Huế", kind: SUPPORT_ORGANIZATION }) { id } }', {}, organizer.token);
    const [created] = (await t.gql('{ auditLog(first: 1) { action targetType targetId after actor { id } } }', {}, admin.token)).data!.auditLog;
    expect(created).toMatchObject({
      action: 'organization.create',
      targetType: 'organization',
      targetId: org.data!.createOrganization.id,
      actor: { id: organizer.memberId },
    });
    expect(JSON.parse(created.after)).toMatchObject({ name: 'Vườn ươm Huế', kind: 'SUPPORT_ORGANIZATION' });
  });
});
