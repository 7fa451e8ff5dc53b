import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OpenGraph, renderShell } from './open-graph';
import { WebAppFiles } from './web-app-files';

/** The browser may load scripts, styles and data from this origin only; no one may frame the app. */
const contentSecurityPolicy = (imgSrc: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src ${imgSrc}; connect-src 'self'; font-src 'self'; ` +
  "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy("'self' data:");
/**
 * The ecosystem map's page also shows OpenStreetMap's tiles (images only, from that one host).
 * The app's pages change without reloading, so the map view is opened with a full page load.
 */
export const MAP_CONTENT_SECURITY_POLICY = contentSecurityPolicy("'self' data: https://tile.openstreetmap.org");

/** The app's HTML page with a page's link preview, as every shared route (and an unknown path) answers it. */
@Injectable()
export class WebAppPages {
  readonly files: WebAppFiles;
  private readonly devMailPath: string | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.files = new WebAppFiles(config.webAppDir);
    this.devMailPath = config.mail.devMailPage ? '/dev/mail' : null;
  }

  send(res: Response, graph: OpenGraph, siteName: string, status = 200, policy = CONTENT_SECURITY_POLICY): void {
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
    res.status(status).send(renderShell(this.files.shell, graph, siteName, this.devMailPath));
  }
}
