import { Module } from '@nestjs/common';
import { MembersModule } from '@app/members';
import { CalendarFeedsService } from './calendar-feeds.read-model';

@Module({ imports: [MembersModule], providers: [CalendarFeedsService], exports: [CalendarFeedsService] })
export class CalendarModule {}
