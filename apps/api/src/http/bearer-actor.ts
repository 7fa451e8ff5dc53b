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
