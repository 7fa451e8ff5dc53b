import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** One built file, with its compressed twins when the build made them. */
export interface StaticFile {
  body: Buffer;
  gzip: Buffer | null;
  brotli: Buffer | null;
  contentType: string;
  /** Hashed by the build (under assets/): cached for a year, never revalidated. */
  immutable: boolean;
  etag: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The built web app (`dist/web`, made by `npm run build:web`), read once at start: the page
 * shell and every file by its URL path. Nothing is looked up on disk per request, so no path
 * from a request ever reaches the file system.
 */
export class WebAppFiles {
  readonly shell: string | null;
  private readonly files = new Map<string, StaticFile>();

  constructor(readonly directory: string) {
    const index = join(directory, 'index.html');
    this.shell = existsSync(index) ? readFileSync(index, 'utf8') : null;
    if (this.shell) this.collect(directory, '');
  }

  file(urlPath: string): StaticFile | undefined {
    return this.files.get(urlPath);
  }

  private collect(directory: string, prefix: string): void {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      const urlPath = `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        this.collect(path, urlPath);
        continue;
      }
      if (entry.name === 'index.html' || entry.name.endsWith('.gz') || entry.name.endsWith('.br')) continue;
      const contentType = CONTENT_TYPES[extname(entry.name)];
      if (!contentType) continue;
      const twin = (suffix: string) => (existsSync(path + suffix) ? readFileSync(path + suffix) : null);
      this.files.set(urlPath, {
        body: readFileSync(path),
        gzip: twin('.gz'),
        brotli: twin('.br'),
        contentType,
        immutable: urlPath.startsWith('/assets/'),
        etag: `"${statSync(path).size.toString(36)}-${Math.floor(statSync(path).mtimeMs).toString(36)}"`,
      });
    }
  }
}
