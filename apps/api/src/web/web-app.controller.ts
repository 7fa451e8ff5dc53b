import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@app/config';
import { LinkPreviews } from './link-previews';
import { OpenGraph, renderShell } from './open-graph';
import { WebAppFiles } from './web-app-files';

/**
 * The paths people share (API.md, "The web app"), each answered with the app's page. Listed one
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
  '/consultations/:id',
  '/me',
  '/sign-in',
  '/organize',
  '/organize/*rest',
] as const;

/** The browser may load scripts, styles and data from this origin only; no one may frame the app. */
const contentSecurityPolicy = (imgSrc: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src ${imgSrc}; connect-src 'self'; font-src 'self'; ` +
  "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
const CONTENT_SECURITY_POLICY = contentSecurityPolicy("'self' data:");
/**
 * The ecosystem map's page also shows OpenStreetMap's tiles (images only, from that one host).
 * The app's pages change without reloading, so the map view is opened with a full page load.
 */
const MAP_CONTENT_SECURITY_POLICY = contentSecurityPolicy("'self' data: https://tile.openstreetmap.org");

@Controller()
export class WebAppController {
  private readonly files: WebAppFiles;

  constructor(
    private readonly previews: LinkPreviews,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.files = new WebAppFiles(config.webAppDir);
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
    if (!this.files.shell) {
      res.status(503).type('text/plain; charset=utf-8').send('The web app is not built: run `npm run build` (npm start does it when needed).');
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // Revalidated on every visit, so a new release's hashed assets are picked up at once.
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', policy);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.status(200).send(renderShell(this.files.shell, graph, this.previews.siteName));
  }
}
