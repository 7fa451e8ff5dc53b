import { Injectable, Logger } from '@nestjs/common';
import { MeetupSeriesService } from '@app/meetups';

/**
 * Keeps every running series' dates generated for the horizon. Run by the job queue at start
 * and hourly; idempotent (unique series + original date), so a repeated run adds nothing.
 */
@Injectable()
export class MeetupGenerationJob {
  private readonly logger = new Logger(MeetupGenerationJob.name);

  constructor(private readonly series: MeetupSeriesService) {}

  async run(): Promise<void> {
    try {
      await this.series.generateAll();
    } catch (error) {
      this.logger.error(`meetup generation failed: ${(error as Error).message}`);
      throw error;
    }
  }
}
