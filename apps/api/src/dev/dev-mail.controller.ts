import { Controller, Get, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@app/config';
import { readCapturedMail } from '@app/mail';
import { DEV_MAIL_CONTENT_SECURITY_POLICY, renderDevMailPage } from './dev-mail-page';

/**
 * `/dev/mail`: the mail captured without SMTP_URL, readable in the browser, so a newcomer signs
 * in without opening .eml files. Registered only outside production and without SMTP_URL
 * (`mail.devMailPage`); it answers only requests from this machine (the client address as
 * TRUST_PROXY reads it), since the messages hold sign-in links. Anyone else gets the 404 an
 * unknown path gets.
 */
@Controller('dev/mail')
export class DevMailController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  async page(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!isLoopbackClient(req.ip)) throw new NotFoundException();
    const messages = await readCapturedMail(this.config.mail.captureDir);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Security-Policy', DEV_MAIL_CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.status(200).send(renderDevMailPage(messages, this.config.mail.captureDir));
  }
}

/** 127.0.0.0/8 and ::1, also written as an IPv4-mapped IPv6 address. */
export function isLoopbackClient(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.replace(/^::ffff:/i, '');
  return address === '::1' || /^127(\.\d{1,3}){3}$/.test(v4);
}
