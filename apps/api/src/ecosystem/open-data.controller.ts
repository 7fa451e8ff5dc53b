import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OPEN_DATA_FILES, OpenDataName, OpenDataService } from '@app/ecosystem';

/**
 * The ecosystem's open data (docs/API.md): `/open-data/organizations.csv`, `projects.csv`,
 * `supports.csv` — UTF-8 with BOM, public fields only, with an ETag (If-None-Match → 304).
 */
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get(':file')
  async file(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const name = file.endsWith('.csv') ? file.slice(0, -4) : '';
    if (!(OPEN_DATA_FILES as readonly string[]).includes(name)) {
      res.status(404).type('text/plain; charset=utf-8').send('Not found');
      return;
    }
    const built = await this.openData.build(name as OpenDataName);
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `inline; filename="${built.filename}"`,
      'Cache-Control': 'public, max-age=300',
      'Access-Control-Allow-Origin': '*',
      ETag: built.etag,
    });
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === built.etag || tag.trim() === '*')) {
      res.status(304).end();
      return;
    }
    res.status(200).send(built.body);
  }
}
