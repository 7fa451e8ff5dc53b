import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { OutboxDispatcher } from '@app/notifications';

const EVERY_FEW_SECONDS = 3_000;

/** Delivers the outbox (confirmations, promotions…) every few seconds; safe with several workers. */
@Injectable()
export class OutboxJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxJob.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly dispatcher: OutboxDispatcher) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.run().finally(() => (this.running = null));
    }, EVERY_FEW_SECONDS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async run(): Promise<void> {
    try {
      await this.dispatcher.dispatchPending();
    } catch (error) {
      this.logger.error(`outbox delivery failed: ${(error as Error).message}`);
    }
  }
}
