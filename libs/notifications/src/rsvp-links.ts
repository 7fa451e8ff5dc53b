import { createHmac, timingSafeEqual } from 'node:crypto';

export interface RsvpLinkClaims {
  memberId: string;
  meetupId: string;
  response: 'GOING' | 'NOT_GOING';
  /** Seconds since the epoch: the end of the meetup. */
  expiresAt: number;
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`rsvp-link:${payload}`).digest('base64url');
}

/** A signed, single-purpose one-click RSVP token: one member, one meetup, one answer, until the meetup ends. */
export function createRsvpLinkToken(secret: string, claims: RsvpLinkClaims): string {
  const payload = Buffer.from(JSON.stringify([claims.memberId, claims.meetupId, claims.response, claims.expiresAt])).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

/** The claims of a token this server signed, or null for anything forged or malformed. */
export function readRsvpLinkToken(secret: string, token: string): RsvpLinkClaims | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || payload.length > 500) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const [memberId, meetupId, response, expiresAt] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as [string, string, string, number];
    if (response !== 'GOING' && response !== 'NOT_GOING') return null;
    return { memberId, meetupId, response, expiresAt };
  } catch {
    return null;
  }
}
