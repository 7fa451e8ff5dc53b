import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SignInService } from '@app/auth';
import { RateLimiter } from '@app/database';

const EVERY_HOUR = 3600_000;

/** Removes spent sign-in tokens and past rate-limit windows, hourly. Harmless if several workers run it. */
@Injectable()
export class MaintenanceJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MaintenanceJob.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly signIn: SignInService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), EVERY_HOUR);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(): Promise<void> {
    try {
      await this.signIn.pruneExpired();
      await this.rateLimiter.prune();
    } catch (error) {
      this.logger.error(`maintenance failed: ${(error as Error).message}`);
    }
  }
}
