import { createHash } from 'node:crypto';

export interface BuiltFeed {
  etag: string;
  lastModified: Date;
  body: string;
}

/**
 * Built feeds by fingerprint, so a conditional request for an unchanged feed is answered 304
 * after one small query, without building it. Per process and bounded (least recently used out).
 */
export class FeedCache {
  private readonly entries = new Map<string, BuiltFeed>();

  constructor(private readonly capacity = 500) {}

  get(fingerprint: string): BuiltFeed | undefined {
    const hit = this.entries.get(fingerprint);
    if (hit) {
      this.entries.delete(fingerprint);
      this.entries.set(fingerprint, hit);
    }
    return hit;
  }

  set(fingerprint: string, body: string, lastModified: Date): BuiltFeed {
    const built = { etag: `"${createHash('sha256').update(body, 'utf8').digest('base64url')}"`, lastModified, body };
    if (this.capacity === 0) return built;
    this.entries.set(fingerprint, built);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return built;
  }
}
