import { Injectable } from '@nestjs/common';
import { SignInService } from '@app/auth';
import { RateLimiter } from '@app/database';
import { UnsubscribeService } from '@app/notifications';

/** Removes spent sign-in tokens, expired unsubscribe links and past rate-limit windows. Run hourly by the job queue. */
@Injectable()
export class MaintenanceJob {
  constructor(
    private readonly signIn: SignInService,
    private readonly rateLimiter: RateLimiter,
    private readonly unsubscribe: UnsubscribeService,
  ) {}

  async run(): Promise<void> {
    await this.signIn.pruneExpired();
    await this.unsubscribe.pruneExpired();
    await this.rateLimiter.prune();
  }
}
