import type { Request } from 'express';
import type { AccessTokens } from '@app/auth';
import { Actor, DomainError } from '@app/core';

/** The caller of a plain HTTP route that needs a signed-in member (same bearer token as GraphQL). */
export async function bearerActor(req: Request, accessTokens: AccessTokens): Promise<Actor> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) throw DomainError.unauthenticated();
  return (await accessTokens.authenticate(match[1])).actor;
}
