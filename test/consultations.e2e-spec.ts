import request from 'supertest';
import type { INestApplicationContext } from '@nestjs/common';
import { FixedClock } from '@app/core';
import { createWorkerContext } from '@app/jobs';
import { SmtpMailTransport } from '@app/mail';
import { DigestService, OutboxDispatcher } from '@app/notifications';
import { TestApp, startTestApp } from './support/test-app';

type Who = { token: string; memberId: string };

const DRAFT = `Dự thảo Đề án do Viện Nghiên cứu Phát triển soạn thảo.

# Sự cần thiết
Huế cần một hệ sinh thái khởi nghiệp.

## Mục tiêu
- 100 dự án được hỗ trợ đến năm 2025.

\`\`\`
# Không phải tiêu đề (khối mã)
\`\`\`

## Giải pháp
Thành lập Trung tâm Hỗ trợ khởi nghiệp.

### Kinh phí
Ngân sách tỉnh và xã hội hóa.`;

const CREATE = `mutation($input: ConsultationInput!) { createConsultation(input: $input) {
  id title summary status opensAt closesAt commentCount reportUrl sections { id position level heading body } } }`;
const COMMENT =
  'mutation($s: ID!, $b: String!) { commentOnSection(sectionId: $s, body: $b) { id body author { id name } section { id heading } accepted response } }';
const EDIT = 'mutation($id: ID!, $b: String!) { editConsultationComment(id: $id, body: $b) { body editedAt } }';
const RESPOND = 'mutation($id: ID!, $r: String!, $a: Boolean!) { respondToComment(id: $id, response: $r, accepted: $a) { response accepted respondedAt } }';
const PAGE = `query($id: ID!) { consultation(id: $id) { status commentCount sections { heading commentCount comments {
  body hidden accepted response editableByMe author { name email formerMember } } } } }`;

/**
 * Consultations on drafts (docs/FEATURES.md): a draft split into sections, comments while open, answers
 * mailed exactly once in the author's language, the report, the digest, and a member's own data.
 */
describe('consultations on drafts', () => {
  // Monday 1 Dec 2026, 09:00 in Huế.
  const clock = new FixedClock(new Date('2026-12-01T02:00:00Z'));
  let t: TestApp;
  let worker: INestApplicationContext;
  let organizer: Who;
  let vi: Who;
  let en: Who;
  let other: Who;
  let consultationId: string;
  let sections: { id: string; position: number; level: number; heading: string; body: string }[];

  const http = () => request(t.app.getHttpServer());
  const dispatch = () => worker.get(OutboxDispatcher).dispatchPending();
  const input = (overrides: Record<string, unknown> = {}) => ({
    title: 'Đề án Cố đô khởi nghiệp',
    summary: 'Góp ý cho dự thảo trước khi trình Sở.',
    document: DRAFT,
    opensAt: '2026-12-01T00:00:00Z',
    closesAt: '2026-12-05T00:00:00Z',
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp({ clock });
    worker = await createWorkerContext({
      config: t.config,
      databaseUrl: t.database.url,
      clock,
      mailTransport: new SmtpMailTransport(t.mail.url, t.config.mail.from),
    });
    [organizer] = await t.createMembers(1, 'organizer', 'ORGANIZER');
    vi = await t.signIn('lan.nguyen@example.org', 'Nguyễn Thị Lan');
    en = await t.signIn('john.smith@example.org', 'John Smith');
    other = await t.signIn('minh.tran@example.org', 'Trần Văn Minh');
    await t.gql('mutation { updateProfile(input: { locale: en }) { id } }', {}, en.token);
    await dispatch();
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('creates a consultation from Markdown, split into sections at its headings (an introduction first, code fences kept whole)', async () => {
    const result = await t.gql(CREATE, { input: input() }, organizer.token);
    expect(result.errors).toBeUndefined();
    const created = result.data!.createConsultation;
    consultationId = created.id;
    sections = created.sections;
    expect(created).toMatchObject({ status: 'OPEN', commentCount: 0, reportUrl: `http://meetups.test/consultations/${created.id}/report.md` });
    expect(sections.map((s) => [s.position, s.level, s.heading])).toEqual([
      [1, 0, ''],
      [2, 1, 'Sự cần thiết'],
      [3, 2, 'Mục tiêu'],
      [4, 2, 'Giải pháp'],
      [5, 3, 'Kinh phí'],
    ]);
    expect(sections[2].body).toBe('- 100 dự án được hỗ trợ đến năm 2025.\n\n```\n# Không phải tiêu đề (khối mã)\n```');
    expect(await t.count('consultation_sections')).toBe(5);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = [await t.count('consultations'), await t.count('consultation_sections')];
    const cases: [Record<string, unknown>, string][] = [
      [{ closesAt: '2026-12-01T00:00:00Z' }, 'closesAt'],
      [{ closesAt: '2026-11-30T00:00:00Z' }, 'closesAt'],
      [{ document: '  \n\n ' }, 'document'],
      [{ document: '# A\n#\nx' }, 'document'],
      [{ title: ' ' }, 'title'],
    ];
    for (const [overrides, field] of cases) {
      const result = await t.gql(CREATE, { input: input(overrides) }, organizer.token);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors![0].message).toContain(field);
    }
    expect([await t.count('consultations'), await t.count('consultation_sections')]).toEqual(before);
  });

  it('lets only organizers create consultations and answer comments', async () => {
    expect((await t.gql(CREATE, { input: input() }, vi.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(CREATE, { input: input() })).errors![0].extensions.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const comment = await t.gql(COMMENT, { s: sections[1].id, b: 'Ý kiến thử quyền' }, other.token);
    const id = comment.data!.commentOnSection.id;
    expect((await t.gql(RESPOND, { id, r: 'Tiếp thu', a: true }, vi.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.dataSource.query('SELECT response FROM consultation_comments WHERE id = $1', [id]))[0].response).toBeNull();
    expect((await t.gql(COMMENT, { s: sections[1].id, b: 'Ẩn danh' })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('takes comments only while open: before opensAt and after closesAt they are refused (CONFLICT) and nothing is written', async () => {
    const later = (
      await t.gql(CREATE, { input: input({ title: 'Dự thảo sau', opensAt: '2026-12-10T00:00:00Z', closesAt: '2026-12-20T00:00:00Z' }) }, organizer.token)
    ).data!.createConsultation;
    expect(later.status).toBe('DRAFT');
    // Members do not see a draft that is not open yet; organizers do.
    expect((await t.gql('query($id: ID!) { consultation(id: $id) { id } }', { id: later.id }, vi.token)).data!.consultation).toBeNull();
    expect((await t.gql('{ consultations { title status } }', {}, vi.token)).data!.consultations).toEqual([
      { title: 'Đề án Cố đô khởi nghiệp', status: 'OPEN' },
    ]);
    expect((await t.gql('{ consultations(status: DRAFT) { title } }', {}, organizer.token)).data!.consultations).toEqual([{ title: 'Dự thảo sau' }]);
    expect((await http().get(`/consultations/${later.id}/report.md`)).status).toBe(404);

    const before = await t.count('consultation_comments');
    // A member cannot even find a section of a draft that is not open; an organizer is told it is not open yet.
    expect((await t.gql(COMMENT, { s: later.sections[0].id, b: 'Sớm quá' }, vi.token)).errors![0].extensions.code).toBe('NOT_FOUND');
    const early = await t.gql(COMMENT, { s: later.sections[0].id, b: 'Sớm quá' }, organizer.token);
    expect(early.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('not open for comments yet') });

    const closed = (
      await t.gql(CREATE, { input: input({ title: 'Dự thảo đã đóng', opensAt: '2026-11-01T00:00:00Z', closesAt: '2026-11-30T00:00:00Z' }) }, organizer.token)
    ).data!.createConsultation;
    expect(closed.status).toBe('CLOSED');
    const late = await t.gql(COMMENT, { s: closed.sections[1].id, b: 'Muộn rồi' }, vi.token);
    expect(late.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('closed') });
    expect(await t.count('consultation_comments')).toBe(before);

    // The status follows the clock.
    clock.set('2026-12-10T00:00:00Z');
    expect((await t.gql('query($id: ID!) { consultation(id: $id) { status } }', { id: later.id }, vi.token)).data!.consultation.status).toBe('OPEN');
    clock.set('2026-12-01T02:00:00Z');
  });

  it('lets the author edit a comment for 15 minutes, and organizers hide and show it again', async () => {
    const created = await t.gql(COMMENT, { s: sections[2].id, b: 'Mục tiêu 100 dự án là thấp.' }, vi.token);
    expect(created.data!.commentOnSection).toMatchObject({
      author: { id: vi.memberId, name: 'Nguyễn Thị Lan' },
      section: { heading: 'Mục tiêu' },
      accepted: null,
      response: null,
    });
    const id = created.data!.commentOnSection.id;
    clock.advance(10 * 60_000);
    expect((await t.gql(EDIT, { id, b: 'Mục tiêu 100 dự án là thấp; nên 150.' }, vi.token)).data!.editConsultationComment.body).toBe(
      'Mục tiêu 100 dự án là thấp; nên 150.',
    );
    expect((await t.gql(EDIT, { id, b: 'Của người khác' }, other.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    clock.advance(6 * 60_000);
    expect((await t.gql(EDIT, { id, b: 'Quá 15 phút' }, vi.token)).errors![0].extensions.code).toBe('CONFLICT');
    expect((await t.dataSource.query('SELECT body FROM consultation_comments WHERE id = $1', [id]))[0].body).toBe('Mục tiêu 100 dự án là thấp; nên 150.');

    const spam = (await t.gql(COMMENT, { s: sections[2].id, b: 'Mua bán đất giá rẻ!!!' }, other.token)).data!.commentOnSection.id;
    expect(
      (await t.gql('mutation($id: ID!) { hideConsultationComment(id: $id, reason: "Quảng cáo") { hidden } }', { id: spam }, vi.token)).errors![0].extensions
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql('mutation($id: ID!) { hideConsultationComment(id: $id, reason: "Quảng cáo") { hidden hiddenReason } }', { id: spam }, organizer.token)).data!
        .hideConsultationComment,
    ).toEqual({
      hidden: true,
      hiddenReason: 'Quảng cáo',
    });
    const seen = (await t.gql(PAGE, { id: consultationId }, vi.token)).data!.consultation.sections[2];
    expect(seen.comments.map((c: { body: string }) => c.body)).toEqual(['Mục tiêu 100 dự án là thấp; nên 150.']);
    expect(seen.commentCount).toBe(1);
    const organizers = (await t.gql(PAGE, { id: consultationId }, organizer.token)).data!.consultation.sections[2];
    expect(organizers.comments.map((c: { hidden: boolean }) => c.hidden)).toEqual([false, true]);
    expect(
      (await t.gql('mutation($id: ID!) { unhideConsultationComment(id: $id) { hidden } }', { id: spam }, organizer.token)).data!.unhideConsultationComment
        .hidden,
    ).toBe(false);
    await t.gql('mutation($id: ID!) { hideConsultationComment(id: $id) { hidden } }', { id: spam }, organizer.token);
    expect(await t.count("audit_log WHERE action IN ('consultation_comment.hide', 'consultation_comment.unhide')")).toBe(3);
  });

  it('mails the answer to the author once, in their language, as text and HTML; a reworded answer is not mailed again, a changed decision is', async () => {
    const mine = (await t.gql(COMMENT, { s: sections[3].id, b: 'Trung tâm cần có vườn ươm.' }, vi.token)).data!.commentOnSection.id;
    const his = (await t.gql(COMMENT, { s: sections[3].id, b: 'Please add an English-language help desk.' }, en.token)).data!.commentOnSection.id;
    expect(await t.gql(RESPOND, { id: mine, r: 'Đã bổ sung vườn ươm vào mục Giải pháp.', a: true }, organizer.token)).toMatchObject({
      data: { respondToComment: { response: 'Đã bổ sung vườn ươm vào mục Giải pháp.', accepted: true, respondedAt: expect.any(String) } },
    });
    await t.gql(RESPOND, { id: his, r: 'Ngoài phạm vi đề án.', a: false }, organizer.token);
    // A second worker run finds nothing new to send.
    await dispatch();
    await dispatch();
    const viMail = (await t.mail.waitFor('lan.nguyen@example.org', 2)).filter(
      (m) => !m.parsed.subject?.includes('Đăng nhập') && m.parsed.subject?.includes('trả lời'),
    );
    expect(viMail).toHaveLength(1);
    expect(viMail[0].parsed.subject).toBe('Góp ý của bạn về "Đề án Cố đô khởi nghiệp" đã được trả lời');
    expect(viMail[0].parsed.text).toContain('Kết quả: được tiếp thu.');
    expect(viMail[0].parsed.text).toContain('Trả lời: Đã bổ sung vườn ươm vào mục Giải pháp.');
    expect(viMail[0].parsed.text).toContain(`http://meetups.test/consultations/${consultationId}`);
    expect(viMail[0].parsed.html).toContain('được tiếp thu');
    const enMail = (await t.mail.waitFor('john.smith@example.org', 2)).filter((m) => m.parsed.subject?.includes('answered'));
    expect(enMail).toHaveLength(1);
    expect(enMail[0].parsed.subject).toBe('Your comment on "Đề án Cố đô khởi nghiệp" was answered');
    expect(enMail[0].parsed.text).toContain('Decision: not taken in.');
    expect(enMail[0].parsed.html).toContain('not taken in');

    // Reworded, same decision: no new mail. The decision changed: one more.
    await t.gql(RESPOND, { id: mine, r: 'Đã bổ sung vườn ươm (mục 3.2).', a: true }, organizer.token);
    await dispatch();
    expect(t.mail.to('lan.nguyen@example.org').filter((m) => m.parsed.subject?.includes('trả lời'))).toHaveLength(1);
    await t.gql(RESPOND, { id: his, r: 'Sẽ bổ sung bàn hỗ trợ tiếng Anh.', a: true }, organizer.token);
    await dispatch();
    await dispatch();
    const again = await t.mail.waitFor('john.smith@example.org', enMail.length + 2);
    expect(again.filter((m) => m.parsed.subject?.includes('answered')).map((m) => /Decision: ([a-z ]+)\./.exec(m.parsed.text ?? '')?.[1])).toEqual([
      'not taken in',
      'taken in',
    ]);
    // Answered: no longer editable, even within 15 minutes.
    expect((await t.gql(EDIT, { id: mine, b: 'Sửa sau khi trả lời' }, vi.token)).errors![0].extensions.code).toBe('CONFLICT');
  });

  it('gives the report as Markdown: every section, its comments and answers, the counts, names but no e-mail addresses, hidden comments only counted', async () => {
    const res = await http().get(`/consultations/${consultationId}/report.md`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const md = res.text;
    expect(md).toContain('# Tổng hợp ý kiến góp ý: Đề án Cố đô khởi nghiệp');
    expect(md).toContain('## 1. Phần mở đầu');
    expect(md).toContain('## 4. Giải pháp');
    expect(md).toContain('## 5. Kinh phí');
    // 4 visible comments: 2 taken in, 0 not taken in, 2 unanswered; 1 hidden.
    expect(md).toContain('**Tổng cộng:** 4 ý kiến — tiếp thu: 2; không tiếp thu: 0; chưa trả lời: 2');
    expect(md).toContain('Ý kiến bị ẩn do vi phạm quy tắc (không đưa vào bản tổng hợp): 1');
    expect(md).toContain('*2 ý kiến — tiếp thu: 2; không tiếp thu: 0; chưa trả lời: 0*');
    expect(md).toContain('— Nguyễn Thị Lan, ');
    expect(md).toContain('> Trung tâm cần có vườn ươm.');
    expect(md).toContain('**Trả lời (Tiếp thu):** Đã bổ sung vườn ươm (mục 3.2).');
    expect(md).toContain('**Chưa trả lời.**');
    expect(md).not.toContain('Mua bán đất giá rẻ');
    expect(md).not.toMatch(/@/);
    const en = await http().get(`/consultations/${consultationId}/report.md?lang=en`);
    expect(en.text).toContain('**In total:** 4 comments — taken in: 2; not taken in: 0; unanswered: 2');

    const html = await http().get(`/consultations/${consultationId}/report.html`);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.text).toContain('<h2>4. Giải pháp</h2>');
    expect(html.text).not.toMatch(/@example\.org/);
    expect((await http().get('/consultations/00000000-0000-4000-8000-000000000000/report.md')).status).toBe(404);
  });

  it('escapes what members wrote in the printable report', async () => {
    await t.gql(COMMENT, { s: sections[4].id, b: '<script>alert(1)</script> & "quotes"' }, other.token);
    const html = (await http().get(`/consultations/${consultationId}/report.html`)).text;
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
  });

  it('the weekly digest mentions consultations open now, marking those closing within a week', async () => {
    clock.set('2026-12-03T10:00:00Z'); // Thursday 17:00 in Huế; the consultation closes on 5 Dec
    const report = await worker.get(DigestService).runWeek();
    expect(report.sent).toBeGreaterThan(0);
    const digest = (await t.mail.waitFor('minh.tran@example.org', 2)).find((m) => m.parsed.subject?.startsWith('Bản tin'))!;
    expect(digest.parsed.text).toContain('== Dự thảo đang lấy ý kiến ==');
    expect(digest.parsed.text).toContain(
      `[SẮP HẾT HẠN GÓP Ý] Đề án Cố đô khởi nghiệp — hạn góp ý 07:00, Thứ Bảy, 05/12/2026: http://meetups.test/consultations/${consultationId}`,
    );
    expect(digest.parsed.html).toContain('SẮP HẾT HẠN GÓP Ý');
    const english = t.mail.to('john.smith@example.org').find((m) => m.parsed.subject?.startsWith('Saturday meetups digest'))!;
    expect(english.parsed.text).toContain('== Drafts open for comments ==');
    expect(english.parsed.text).toContain('[CLOSING SOON] Đề án Cố đô khởi nghiệp');
    clock.set('2026-12-01T02:00:00Z');
  });

  it("includes the member's consultation comments, with their answers, in their data export, and nobody else's", async () => {
    const res = await http().get('/me/data.json').set('authorization', `Bearer ${vi.token}`);
    const data = JSON.parse(res.text);
    expect(data.consultationComments.available).toBe(true);
    expect(data.consultationComments.items).toEqual([
      expect.objectContaining({
        consultationTitle: 'Đề án Cố đô khởi nghiệp',
        sectionHeading: 'Mục tiêu',
        body: 'Mục tiêu 100 dự án là thấp; nên 150.',
        accepted: null,
      }),
      expect.objectContaining({ sectionHeading: 'Giải pháp', body: 'Trung tâm cần có vườn ươm.', response: 'Đã bổ sung vườn ươm (mục 3.2).', accepted: true }),
    ]);
    expect(res.text).not.toContain('Please add an English-language help desk.');
    expect(res.text).not.toContain('Mua bán đất');
  });

  it('keeps the comments of a member who deletes their account, shown as from a former member', async () => {
    const deleted = await t.gql('mutation($e: String!) { deleteMyAccount(confirmEmail: $e) }', { e: 'lan.nguyen@example.org' }, vi.token);
    expect(deleted.data!.deleteMyAccount).toBe(true);
    const page = (await t.gql(PAGE, { id: consultationId }, other.token)).data!.consultation;
    const goals = page.sections[2].comments;
    expect(goals).toEqual([
      expect.objectContaining({ body: 'Mục tiêu 100 dự án là thấp; nên 150.', author: { name: 'Thành viên cũ', email: null, formerMember: true } }),
    ]);
    const md = (await http().get(`/consultations/${consultationId}/report.md`)).text;
    expect(md).toContain('— Thành viên cũ, ');
    expect(md).not.toContain('Nguyễn Thị Lan');
    expect(md).toContain('**Tổng cộng:** 5 ý kiến');
  });
  it('serves the pages of the web app, an open consultation previewing with its title, a draft not yet open as the site', async () => {
    const page = await http().get(`/consultations/${consultationId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<meta property="og:title" content="Đề án Cố đô khởi nghiệp" />');
    expect(page.text).toMatch(/<meta property="og:description" content="Đang lấy ý kiến, hạn góp ý 07:00, Thứ Bảy, 05\/12\/2026 · Góp ý cho dự thảo/);
    const [draft] = await t.dataSource.query(`SELECT id FROM consultations WHERE title = 'Dự thảo sau'`);
    for (const id of [draft.id, 'not-a-uuid']) {
      const res = await http().get(`/consultations/${id}`);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<meta property="og:title" content="Gặp mặt thứ Bảy" />');
      expect(res.text).not.toContain('Dự thảo sau');
    }
    expect((await http().get('/consultations')).status).toBe(200);
  });
});
