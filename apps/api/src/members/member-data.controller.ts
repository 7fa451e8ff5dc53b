import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessTokens } from '@app/auth';
import { MemberDataExportService } from '@app/privacy';
import { bearerActor } from '../http/bearer-actor';

@Controller('me')
export class MemberDataController {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly memberData: MemberDataExportService,
  ) {}

  /** Everything held about the signed-in member, as a download (bearer token as for GraphQL). */
  @Get('data.json')
  async export(@Req() req: Request, @Res() res: Response): Promise<void> {
    const actor = await bearerActor(req, this.accessTokens);
    const data = await this.memberData.exportFor(actor);
    res
      .status(200)
      .set({
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="my-data.json"',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      })
      .send(JSON.stringify(data, null, 2));
  }
}
