import { Inject, Injectable } from '@nestjs/common';
import { KeyObject, createSecretKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Actor, Clock, DomainError } from '@app/core';
import { Member, MembersService } from '@app/members';

interface AccessTokenClaims {
  sub: string;
  /** The member's session version when the token was issued; bumping it revokes the token. */
  ver: number;
  iat: number;
  exp: number;
}

/** Signed bearer tokens (HS256 JWT) for the `Authorization` header. */
@Injectable()
export class AccessTokens {
  /** Made once: given a string, jsonwebtoken builds a key object on every sign and verify. */
  private readonly key: KeyObject;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly members: MembersService,
    private readonly clock: Clock,
  ) {
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
  }

  issue(member: Member): string {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    return jwt.sign({ sub: member.id, ver: member.sessionVersion, iat, exp: iat + this.config.auth.accessTokenTtlSeconds }, this.key, {
      algorithm: 'HS256',
    });
  }

  /**
   * The actor behind a bearer token, with the member's current role. Throws UNAUTHENTICATED
   * for a token that is malformed, forged, expired, revoked or names a member who is gone.
   */
  async authenticate(token: string): Promise<{ actor: Actor; member: Member }> {
    let claims: AccessTokenClaims;
    try {
      claims = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      }) as AccessTokenClaims;
    } catch {
      throw DomainError.unauthenticated('Your access token is invalid or has expired; sign in again');
    }
    const member = typeof claims.sub === 'string' ? await this.members.findById(claims.sub) : null;
    if (!member || member.erasedAt || member.sessionVersion !== claims.ver) {
      throw DomainError.unauthenticated('Your access token has been revoked; sign in again');
    }
    return { actor: { memberId: member.id, role: member.role }, member };
  }
}
