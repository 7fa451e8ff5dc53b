import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { LinkPreviews } from './link-previews';
import type { OpenGraph } from './open-graph';
import type { WebAppFiles } from './web-app-files';
import { CONTENT_SECURITY_POLICY, MAP_CONTENT_SECURITY_POLICY, WebAppPages } from './web-app-pages';

/**
 * The paths people share (docs/API.md, "The web app"), each answered with the app's page. Listed one
 * by one, so the api's own routes (/graphql, /health, /calendar/…, the exports) are never shadowed.
 */
export const APP_ROUTES = [
  '/',
  '/meetups',
  '/issues',
  '/issues/new',
  '/assignments',
  '/organizations/:id',
  '/ecosystem',
  '/ecosystem/targets',
  '/projects/:id',
  '/consultations',
  '/consultations/:id',
  '/me',
  '/sign-in',
  '/organize',
  '/organize/*rest',
] as const;

@Controller()
export class WebAppController {
  constructor(
    private readonly previews: LinkPreviews,
    private readonly pages: WebAppPages,
  ) {}

  private get files(): WebAppFiles {
    return this.pages.files;
  }

  @Get('meetups/:id')
  async meetup(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.page(res, (await this.previews.meetup(id)) ?? this.previews.site(req.path));
  }

  @Get('issues/:id')
  async issue(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    // `/issues/new` is listed in APP_ROUTES and registered first.
    this.page(res, (await this.previews.issue(id)) ?? this.previews.site(req.path));
  }

  @Get('consultations/:id')
  async consultation(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.page(res, (await this.previews.consultation(id)) ?? this.previews.site(req.path));
  }

  @Get([...APP_ROUTES])
  app(@Req() req: Request, @Res() res: Response): void {
    this.page(res, this.previews.site(req.path), req.path === '/ecosystem' ? MAP_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
  }

  @Get(['assets/:file', 'favicon.svg'])
  asset(@Req() req: Request, @Res() res: Response): void {
    const file = this.files.file(req.path);
    if (!file) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('ETag', file.etag);
    if (req.headers['if-none-match'] === file.etag) {
      res.status(304).end();
      return;
    }
    const accepted = String(req.headers['accept-encoding'] ?? '');
    if (file.brotli && /\bbr\b/.test(accepted)) {
      res.setHeader('Content-Encoding', 'br');
      res.status(200).end(req.method === 'HEAD' ? undefined : file.brotli);
    } else if (file.gzip && /\bgzip\b/.test(accepted)) {
      res.setHeader('Content-Encoding', 'gzip');
      res.status(200).end(req.method === 'HEAD' ? undefined : file.gzip);
    } else {
      res.status(200).end(req.method === 'HEAD' ? undefined : file.body);
    }
  }

  private page(res: Response, graph: OpenGraph, policy = CONTENT_SECURITY_POLICY): void {
    this.pages.send(res, graph, this.previews.siteName, 200, policy);
  }
}
