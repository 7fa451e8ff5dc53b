import type { Request } from 'express';
import type { AccessTokens } from '@app/auth';
import { Actor, DomainError } from '@app/core';
import type { Member } from '@app/members';

/** The caller of a plain HTTP route that needs a signed-in member (same bearer token as GraphQL). */
export async function bearerActor(req: Request, accessTokens: AccessTokens): Promise<Actor> {
  return (await bearerIdentity(req, accessTokens)).actor;
}

export async function bearerIdentity(req: Request, accessTokens: AccessTokens): Promise<{ actor: Actor; member: Member }> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) throw DomainError.unauthenticated();
  return accessTokens.authenticate(match[1]);
}

/**
 * The reader of a public document (published minutes, a consultation's report): anyone, or with
 * a bearer token the member (organizers then also read drafts) in their language; `?lang=`
 * chooses the language either way.
 */
export async function documentReader(
  req: Request,
  lang: string | undefined,
  accessTokens: AccessTokens,
): Promise<{ actor: Actor | null; locale: 'vi' | 'en' }> {
  let actor: Actor | null = null;
  let locale: 'vi' | 'en' = 'vi';
  if (req.headers.authorization) {
    const identity = await bearerIdentity(req, accessTokens);
    actor = identity.actor;
    locale = identity.member.locale;
  }
  if (lang === 'en' || lang === 'vi') locale = lang;
  return { actor, locale };
}
