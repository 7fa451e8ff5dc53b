import { Module } from '@nestjs/common';
import { CalendarFeedsService } from './calendar-feeds.service';

@Module({ providers: [CalendarFeedsService], exports: [CalendarFeedsService] })
export class CalendarModule {}
