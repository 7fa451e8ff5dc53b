import { createHash } from 'node:crypto';
import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { MinutesAtomService } from '@app/minutes';

/** `GET /feeds/minutes.atom`: published minutes as Atom, with a strong ETag from its bytes (304 on If-None-Match). */
@Controller('feeds')
export class MinutesFeedController {
  constructor(private readonly atom: MinutesAtomService) {}

  @Get('minutes.atom')
  async minutes(@Req() req: Request, @Res() res: Response): Promise<void> {
    const body = await this.atom.build();
    const etag = `"${createHash('sha256').update(body, 'utf8').digest('base64url')}"`;
    res.set({ 'Content-Type': 'application/atom+xml; charset=utf-8', ETag: etag, 'Cache-Control': 'public, max-age=300, must-revalidate' });
    const given = String(req.headers['if-none-match'] ?? '')
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''));
    if (given.includes(etag) || given.includes('*')) {
      res.status(304).end();
      return;
    }
    res.status(200).send(body);
  }
}
