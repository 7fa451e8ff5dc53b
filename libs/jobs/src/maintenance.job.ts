import { Injectable } from '@nestjs/common';
import { SignInService } from '@app/auth';
import { RateLimiter } from '@app/database';

/** Removes spent sign-in tokens and past rate-limit windows. Run hourly by the job queue. */
@Injectable()
export class MaintenanceJob {
  constructor(
    private readonly signIn: SignInService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async run(): Promise<void> {
    await this.signIn.pruneExpired();
    await this.rateLimiter.prune();
  }
}
