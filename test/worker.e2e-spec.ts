import { FixedClock } from '@app/core';
import { MaintenanceJob, MeetupGenerationJob, createWorkerContext } from '@app/jobs';
import { series } from './support/builders';
import { TestApp, startTestApp } from './support/test-app';

describe('the worker', () => {
  const clock = new FixedClock(new Date('2026-11-26T03:00:00Z'));
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { ADMIN_EMAILS: 'admin@vien.example' } });
  });
  afterAll(() => t.close());

  it('boots, generates the dates that came into the horizon, and prunes spent tokens', async () => {
    const admin = await t.signIn('admin@vien.example');
    await series(t, admin, { title: 'Thứ Bảy' }, 1);
    const before = await t.count('meetups');
    await t.gql('mutation { requestSignIn(email: "someone@example.org") }');
    expect(await t.count('sign_in_tokens')).toBe(2);

    const later = new FixedClock(new Date('2026-12-24T03:00:00Z')); // four weeks on
    const worker = await createWorkerContext({ config: t.config, databaseUrl: t.database.url, clock: later });
    try {
      // The generation job ran at start; running it again adds nothing.
      await worker.get(MeetupGenerationJob).run();
      expect(await t.count('meetups')).toBe(before + 4);
      await worker.get(MaintenanceJob).run();
      expect(await t.count('sign_in_tokens')).toBe(0);
    } finally {
      await worker.close();
    }
  });
});
