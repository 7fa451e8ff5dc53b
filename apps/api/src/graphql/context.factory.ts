import type { Request, Response } from 'express';
import type { AccessTokens } from '@app/auth';
import { DomainError } from '@app/core';
import type { AgendaService, MeetupSeriesService, MeetupsService } from '@app/meetups';
import type { MembersService } from '@app/members';
import type { OrganizationsService } from '@app/organizations';
import type { RsvpsService } from '@app/rsvps';
import type { CommentsService, IssuesService } from '@app/issues';
import type { AssignmentsService } from '@app/assignments';
import type { MinutesService } from '@app/minutes';
import type { GraphqlContext } from './graphql-context';
import { createLoaders } from './loaders';

export interface ContextSources {
  accessTokens: AccessTokens;
  members: MembersService;
  organizations: OrganizationsService;
  series: MeetupSeriesService;
  meetups: MeetupsService;
  agenda: AgendaService;
  rsvps: RsvpsService;
  issues: IssuesService;
  comments: CommentsService;
  minutes: MinutesService;
  assignments: AssignmentsService;
}

/** Authenticates the bearer token (if any) and makes this request's DataLoaders. */
export async function buildGraphqlContext(req: Request, res: Response, sources: ContextSources): Promise<GraphqlContext> {
  const context: GraphqlContext = {
    req,
    res,
    actor: null,
    member: null,
    authError: null,
    loaders: createLoaders(sources, () => context.actor),
    client: req.ip ?? req.socket.remoteAddress ?? 'unknown',
  };
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      context.authError = DomainError.unauthenticated('The Authorization header must be "Bearer <access token>"');
    } else {
      try {
        const { actor, member } = await sources.accessTokens.authenticate(match[1]);
        context.actor = actor;
        context.member = member;
      } catch (error) {
        // An invalid token is UNAUTHENTICATED; a database failure surfaces as an internal error
        // where identity is needed, instead of failing the whole request here.
        context.authError = error as Error;
      }
    }
  }
  return context;
}
