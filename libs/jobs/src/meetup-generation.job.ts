import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MeetupSeriesService } from '@app/meetups';

const EVERY_HOUR = 3600_000;

/**
 * Keeps every running series' dates generated for the horizon: at start and then hourly.
 * Generation is idempotent (unique series + original date), so several workers running it at
 * once create each date once; it moves to the pg-boss schedule with the notifications work.
 */
@Injectable()
export class MeetupGenerationJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MeetupGenerationJob.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly series: MeetupSeriesService) {}

  onApplicationBootstrap(): void {
    this.running = this.run();
    this.timer = setInterval(() => {
      this.running = this.run();
    }, EVERY_HOUR);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async run(): Promise<void> {
    try {
      await this.series.generateAll();
    } catch (error) {
      this.logger.error(`meetup generation failed: ${(error as Error).message}`);
    }
  }
}
