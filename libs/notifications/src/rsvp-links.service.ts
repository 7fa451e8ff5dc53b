import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock, DomainError, ErrorCode } from '@app/core';
import { findMeetup } from '@app/meetups';
import { activeMemberRole } from '@app/members';
import { Rsvp, RsvpsService, rsvpStanding } from '@app/rsvps';
import { RsvpLinkClaims, createRsvpLinkToken, readRsvpLinkToken } from './rsvp-links';
import { claimLink, isLinkUsed, releaseLink } from './links.repository';

/** One-click RSVP links in digests: signed, single-purpose, used once, expiring with the meetup. */
@Injectable()
export class RsvpLinksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rsvps: RsvpsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  url(claims: RsvpLinkClaims): string {
    return `${this.config.publicUrl}/rsvp-links/${createRsvpLinkToken(this.config.auth.jwtSecret, claims)}`;
  }

  /** What a link would do (for its confirmation page); refuses forged, expired and used links. */
  async check(token: string): Promise<RsvpLinkClaims & { meetupTitle: string }> {
    const claims = readRsvpLinkToken(this.config.auth.jwtSecret, token);
    if (!claims) throw DomainError.notFound('RSVP link');
    if (this.clock.now().getTime() / 1000 > claims.expiresAt) throw new DomainError(ErrorCode.CONFLICT, 'This link has expired: the meetup is over');
    if (await isLinkUsed(this.dataSource.manager, hash(token))) throw DomainError.conflict('This link has already been used');
    const meetup = await findMeetup(this.dataSource.manager, claims.meetupId);
    if (!meetup) throw DomainError.notFound('RSVP link');
    return { ...claims, meetupTitle: meetup.title };
  }

  /** Answers for the member, once. */
  async use(token: string): Promise<Rsvp> {
    const claims = await this.check(token);
    // A member who deleted their account answers nothing any more.
    const member = await activeMemberRole(this.dataSource.manager, claims.memberId);
    if (!member) throw DomainError.notFound('RSVP link');
    const claimed = await claimLink(this.dataSource.manager, hash(token), this.clock.now());
    if (!claimed) throw DomainError.conflict('This link has already been used');
    const current = await rsvpStanding(this.dataSource.manager, claims.meetupId, member.id);
    try {
      return await this.rsvps.respond({ memberId: member.id, role: member.role }, claims.meetupId, claims.response, current?.guests ?? 0);
    } catch (error) {
      // The answer was refused (closed, cancelled…): the link stays usable while it is valid.
      await releaseLink(this.dataSource.manager, hash(token));
      throw error;
    }
  }
}

function hash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
