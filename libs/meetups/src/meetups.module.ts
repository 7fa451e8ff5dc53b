import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaItem } from './agenda-item.entity';
import { AgendaService } from './agenda.service';
import { Meetup } from './meetup.entity';
import { MeetupSeries } from './meetup-series.entity';
import { MeetupSeriesService } from './meetup-series.service';
import { MeetupsService } from './meetups.service';

@Module({
  imports: [TypeOrmModule.forFeature([MeetupSeries, Meetup, AgendaItem])],
  providers: [MeetupSeriesService, MeetupsService, AgendaService],
  exports: [MeetupSeriesService, MeetupsService, AgendaService],
})
export class MeetupsModule {}
