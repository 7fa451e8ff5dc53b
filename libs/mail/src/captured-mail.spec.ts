import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { capturedMailName, readCapturedMail } from './captured-mail';
import { CapturingMailTransport } from './mail-transport';

describe('captured mail', () => {
  it('keeps each message as .eml and as its parts, read back newest first', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'meetups-mail-'));
    const transport = new CapturingMailTransport(directory, 'Gặp mặt thứ Bảy <no-reply@meetups.local>');
    for (const n of [1, 2, 3]) {
      await transport.send({ to: `m${n}@startup.test`, subject: `Thư ${n}`, text: `số ${n}`, html: `<p>số ${n}</p>` });
    }
    expect(readdirSync(directory).filter((f) => f.endsWith('.eml'))).toHaveLength(3);
    const read = await readCapturedMail(directory);
    expect(read.map((m) => [m.subject, m.to, m.html])).toEqual([
      ['Thư 3', 'm3@startup.test', '<p>số 3</p>'],
      ['Thư 2', 'm2@startup.test', '<p>số 2</p>'],
      ['Thư 1', 'm1@startup.test', '<p>số 1</p>'],
    ]);
    expect(await readCapturedMail(directory, 2)).toHaveLength(2);
  });

  it('orders messages of the same millisecond by their sequence, and skips what is not a message', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'meetups-mail-'));
    const at = new Date('2026-12-01T08:00:00.000Z');
    for (const sequence of [9, 10, 2]) {
      writeFileSync(join(directory, `${capturedMailName(at, 77, sequence)}.json`), JSON.stringify({ to: 'a@x.test', subject: `#${sequence}`, html: '' }));
    }
    writeFileSync(join(directory, `${capturedMailName(at, 77, 11)}.json`), '{ half written');
    writeFileSync(join(directory, 'notes.json'), JSON.stringify({ to: 'a@x.test', subject: 'not ours', html: '' }));
    expect((await readCapturedMail(directory)).map((m) => m.subject)).toEqual(['#10', '#9', '#2']);
    expect(await readCapturedMail(join(directory, 'missing'))).toEqual([]);
  });
});
