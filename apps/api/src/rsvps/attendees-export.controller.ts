import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessTokens } from '@app/auth';
import { AttendeesService } from '@app/rsvps';
import { bearerActor } from '../http/bearer-actor';

@Controller('meetups')
export class AttendeesExportController {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly attendees: AttendeesService,
  ) {}

  /** Organizers of the series: the attendee list as CSV (bearer token as for GraphQL). */
  @Get(':id/attendees.csv')
  async export(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const actor = await bearerActor(req, this.accessTokens);
    const { filename, csv } = await this.attendees.exportCsv(actor, id);
    res
      .status(200)
      .set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' })
      .send(csv);
  }
}
