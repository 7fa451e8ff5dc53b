import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessTokens } from '@app/auth';
import { AssignmentsService } from '@app/assignments';
import { ConsultationCommentsService, ConsultationsService } from '@app/consultations';
import { DomainError } from '@app/core';
import { StartupProjectsService } from '@app/ecosystem';
import { CommentsService, IssuesService } from '@app/issues';
import { AgendaService, MeetupSeriesService, MeetupsService } from '@app/meetups';
import { MembersService } from '@app/members';
import { MinutesService } from '@app/minutes';
import { AffiliationsService, OrganizationsService } from '@app/organizations';
import { RsvpsService } from '@app/rsvps';
import type { GraphqlContext } from './graphql-context';
import { createLoaders } from './loaders';

/** Builds each request's context: authenticates the bearer token (if any) and makes fresh DataLoaders. */
@Injectable()
export class GraphqlContextFactory {
  constructor(
    private readonly accessTokens: AccessTokens,
    readonly members: MembersService,
    readonly organizations: OrganizationsService,
    readonly affiliations: AffiliationsService,
    readonly series: MeetupSeriesService,
    readonly meetups: MeetupsService,
    readonly agenda: AgendaService,
    readonly rsvps: RsvpsService,
    readonly issues: IssuesService,
    readonly comments: CommentsService,
    readonly minutes: MinutesService,
    readonly assignments: AssignmentsService,
    readonly consultations: ConsultationsService,
    readonly consultationComments: ConsultationCommentsService,
    readonly projects: StartupProjectsService,
  ) {}

  async create(req: Request, res: Response): Promise<GraphqlContext> {
    const context: GraphqlContext = {
      req,
      res,
      actor: null,
      member: null,
      authError: null,
      loaders: createLoaders(this, () => context.actor),
      client: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    };
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) {
        context.authError = DomainError.unauthenticated('The Authorization header must be "Bearer <access token>"');
      } else {
        try {
          const { actor, member } = await this.accessTokens.authenticate(match[1]);
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
}
