import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Consultation } from './consultation.entity';
import { ConsultationComment } from './consultation-comment.entity';
import { ConsultationCommentsService } from './consultation-comments.service';
import { ConsultationReportService } from './consultation-report.read-model';
import { ConsultationSection } from './consultation-section.entity';
import { ConsultationsService } from './consultations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Consultation, ConsultationSection, ConsultationComment])],
  providers: [ConsultationsService, ConsultationCommentsService, ConsultationReportService],
  exports: [ConsultationsService, ConsultationCommentsService, ConsultationReportService],
})
export class ConsultationsModule {}
