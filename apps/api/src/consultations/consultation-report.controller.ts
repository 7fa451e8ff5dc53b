import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessTokens } from '@app/auth';
import { ConsultationReportService, ReportLocale } from '@app/consultations';
import type { Actor } from '@app/core';
import { bearerIdentity } from '../http/bearer-actor';

/** A consultation's summary of comments as Markdown and as a printable page: `?lang=en` for English (default: the reader's language, else Vietnamese). */
@Controller('consultations')
export class ConsultationReportController {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly reports: ConsultationReportService,
  ) {}

  @Get(':id/report.md')
  async markdown(@Param('id') id: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { actor, locale } = await this.reader(req, lang);
    res.status(200).type('text/markdown; charset=utf-8').set('Cache-Control', 'no-cache').send(await this.reports.markdown(actor, id, locale));
  }

  @Get(':id/report.html')
  async html(@Param('id') id: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { actor, locale } = await this.reader(req, lang);
    res.status(200).type('text/html; charset=utf-8').set('Cache-Control', 'no-cache').send(await this.reports.html(actor, id, locale));
  }

  /** Open and closed consultations are public; a bearer token lets organizers read drafts and sets the language. */
  private async reader(req: Request, lang: string | undefined): Promise<{ actor: Actor | null; locale: ReportLocale }> {
    let actor: Actor | null = null;
    let locale: ReportLocale = 'vi';
    if (req.headers.authorization) {
      const identity = await bearerIdentity(req, this.accessTokens);
      actor = identity.actor;
      locale = identity.member.locale;
    }
    if (lang === 'en' || lang === 'vi') locale = lang;
    return { actor, locale };
  }
}
