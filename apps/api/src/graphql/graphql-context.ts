import type { Request, Response } from 'express';
import type { Actor } from '@app/core';
import type { Member } from '@app/members';
import type { Loaders } from './loaders';

/** What every resolver receives. Built once per request. */
export interface GraphqlContext {
  req: Request;
  res: Response;
  /** The signed-in caller, or null. */
  actor: Actor | null;
  member: Member | null;
  /** Set when a bearer token was sent but is not valid; raised where identity is needed. */
  authError: Error | null;
  loaders: Loaders;
  /** The caller's address, for per-client rate limits. */
  client: string;
}
