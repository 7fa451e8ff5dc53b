import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessTokens } from '@app/auth';
import { ConsultationReportService } from '@app/consultations';
import { documentReader } from '../http/bearer-actor';

/** A consultation's summary of comments as Markdown and as a printable page: `?lang=en` for English (default: the reader's language, else Vietnamese). */
@Controller('consultations')
export class ConsultationReportController {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly reports: ConsultationReportService,
  ) {}

  @Get(':id/report.md')
  async markdown(@Param('id') id: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { actor, locale } = await documentReader(req, lang, this.accessTokens);
    res
      .status(200)
      .type('text/markdown; charset=utf-8')
      .set('Cache-Control', 'no-cache')
      .send(await this.reports.markdown(actor, id, locale));
  }

  @Get(':id/report.html')
  async html(@Param('id') id: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { actor, locale } = await documentReader(req, lang, this.accessTokens);
    res
      .status(200)
      .type('text/html; charset=utf-8')
      .set('Cache-Control', 'no-cache')
      .send(await this.reports.html(actor, id, locale));
  }
}
