import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { CapturedMail, capturedMailName } from './captured-mail';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string | Buffer; contentType: string }[];
}

export interface SentMail {
  messageId: string;
  /** Where a captured message was written, when mail is captured locally. */
  capturedAt?: string;
}

/** The one way out for e-mail. Tests point it at a real SMTP server on port 0. */
export abstract class MailTransport {
  abstract send(mail: OutgoingMail): Promise<SentMail>;
  abstract describe(): string;
  async close(): Promise<void> {}
}

export class SmtpMailTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(
    private readonly smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    // A pool of a few kept-alive connections (a digest is thousands of messages), unless the URL says otherwise.
    const url = new URL(smtpUrl);
    if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
    if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', '5');
    this.transporter = createTransport(url.toString());
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    const info = await this.transporter.sendMail({ from: this.from, ...mail });
    return { messageId: info.messageId };
  }

  describe(): string {
    const url = new URL(this.smtpUrl);
    return `SMTP ${url.protocol}//${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`;
  }

  override async close(): Promise<void> {
    this.transporter.close();
  }
}

/**
 * Without SMTP_URL: every message is written as an .eml file a person can open, and beside it
 * as JSON (the parts as they were given), which the development mail page reads.
 */
export class CapturingMailTransport extends MailTransport {
  private readonly transporter: Transporter;
  private sequence = 0;

  constructor(
    private readonly directory: string,
    private readonly from: string,
  ) {
    super();
    this.transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    const info = await this.transporter.sendMail({ from: this.from, ...mail });
    await mkdir(this.directory, { recursive: true });
    const capturedAt = new Date();
    const name = capturedMailName(capturedAt, process.pid, ++this.sequence);
    const file = join(this.directory, `${name}.eml`);
    await writeFile(file, info.message as Buffer);
    const readable: CapturedMail = {
      name,
      capturedAt: capturedAt.toISOString(),
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      attachments: (mail.attachments ?? []).map((a) => a.filename),
    };
    await writeFile(join(this.directory, `${name}.json`), JSON.stringify(readable));
    return { messageId: info.messageId, capturedAt: file };
  }

  describe(): string {
    return `captured locally as .eml files in ${this.directory}`;
  }
}
