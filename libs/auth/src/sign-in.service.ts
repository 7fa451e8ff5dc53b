import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock, DomainError, normalizeEmail, optionalText } from '@app/core';
import { RateLimiter } from '@app/database';
import { MailTransport, renderSignInMail } from '@app/mail';
import { Member, MembersService } from '@app/members';
import { AccessTokens } from './access-tokens';
import { SignInToken } from './sign-in-token.entity';
import { hashToken, newSecretToken } from './secret-token';
import { deleteSignInTokensExpiredBefore } from './sign-in-tokens.repository';

export interface SignInResult {
  accessToken: string;
  member: Member;
}

/** Passwordless sign-in: a single-use link by e-mail, exchanged for an access token. */
@Injectable()
export class SignInService {
  private readonly logger = new Logger(SignInService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(SignInToken) private readonly tokens: Repository<SignInToken>,
    private readonly dataSource: DataSource,
    private readonly members: MembersService,
    private readonly accessTokens: AccessTokens,
    private readonly rateLimiter: RateLimiter,
    private readonly mail: MailTransport,
    private readonly clock: Clock,
  ) {}

  /**
   * E-mails a sign-in link. The answer is the same whether or not the address belongs to a
   * member, so the call cannot be used to find out who is registered.
   * `client` identifies the caller (its IP address) for the per-client rate limit.
   */
  async requestSignIn(emailInput: string, nameInput: string | null | undefined, client: string): Promise<void> {
    const email = normalizeEmail('email', emailInput);
    const name = optionalText('name', nameInput, { max: 100 });
    const { signInRequestsPerAddressPerHour, signInRequestsPerClientPerHour, signInTokenTtlSeconds } = this.config.auth;
    await this.rateLimiter.hit(
      [
        { key: `sign-in:address:${email}`, limit: signInRequestsPerAddressPerHour, windowSeconds: 3600 },
        { key: `sign-in:client:${client}`, limit: signInRequestsPerClientPerHour, windowSeconds: 3600 },
      ],
      'Too many sign-in requests; wait a while before asking for another link',
    );

    const token = newSecretToken();
    const now = this.clock.now();
    await this.tokens.insert({ tokenHash: hashToken(token), email, name, expiresAt: new Date(now.getTime() + signInTokenTtlSeconds * 1000) });

    const member = await this.members.findByEmail(email);
    const mail = renderSignInMail({
      locale: member?.locale ?? 'vi',
      // Only a verified name (a member's own) is repeated: the request's name is anyone's text.
      name: member?.name ?? null,
      link: `${this.config.publicUrl}/sign-in#token=${token}`,
      token,
      validMinutes: Math.round(signInTokenTtlSeconds / 60),
    });
    try {
      await this.mail.send({ to: email, ...mail });
    } catch (error) {
      // The caller learns nothing about the address either way; the operator sees why.
      this.logger.error(`sign-in mail could not be sent: ${(error as Error).message}`);
    }
  }

  /** Exchanges a sign-in token (once, within its validity) for an access token. */
  async signIn(tokenInput: string): Promise<SignInResult> {
    const token = tokenInput.trim();
    if (token.length === 0 || token.length > 200) throw DomainError.unauthenticated('This sign-in link is invalid, expired or already used');
    const now = this.clock.now();
    const member = await this.dataSource.transaction(async (manager) => {
      // Marking the token used and reading it is one statement: two tabs cannot both use it.
      const result = await manager
        .createQueryBuilder()
        .update(SignInToken)
        .set({ usedAt: now })
        .where('token_hash = :hash AND used_at IS NULL AND expires_at > :now', { hash: hashToken(token), now })
        .returning(['email', 'name'])
        .execute();
      const used = (result.raw as { email: string; name: string | null }[])[0];
      if (!used) throw DomainError.unauthenticated('This sign-in link is invalid, expired or already used');
      const isAdmin = this.config.auth.adminEmails.includes(used.email);
      // Without a name, the address's local part stands in until the member sets one.
      return this.members.upsertOnSignIn(manager, used.email, used.name ?? used.email.split('@')[0].slice(0, 100), isAdmin);
    });
    return { accessToken: this.accessTokens.issue(member), member };
  }

  /** Drops sign-in tokens that can no longer be used. */
  async pruneExpired(): Promise<void> {
    await deleteSignInTokensExpiredBefore(this.dataSource.manager, new Date(this.clock.now().getTime() - 24 * 3600 * 1000));
  }
}
