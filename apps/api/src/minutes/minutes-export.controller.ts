import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessTokens } from '@app/auth';
import { MinutesExportService } from '@app/minutes';
import { documentReader } from '../http/bearer-actor';

/** Minutes as Markdown and as a printable page: `?lang=en` for English (default: the reader's language, else Vietnamese). */
@Controller('meetups')
export class MinutesExportController {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly exports: MinutesExportService,
  ) {}

  @Get(':id/minutes.md')
  async markdown(@Param('id') id: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { actor, locale } = await documentReader(req, lang, this.accessTokens);
    res
      .status(200)
      .type('text/markdown; charset=utf-8')
      .send(await this.exports.markdown(actor, id, locale));
  }

  @Get(':id/minutes.html')
  async html(@Param('id') id: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { actor, locale } = await documentReader(req, lang, this.accessTokens);
    res
      .status(200)
      .type('text/html; charset=utf-8')
      .send(await this.exports.html(actor, id, locale));
  }
}
