import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '@app/organizations';
import { OpenDataService } from './open-data.read-model';
import { ProgrammeTarget } from './programme-target.entity';
import { ProgrammeTargetsService } from './programme-targets.service';
import { StartupProject } from './startup-project.entity';
import { StartupProjectsService } from './startup-projects.service';
import { Support } from './support.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StartupProject, Support, ProgrammeTarget]), OrganizationsModule],
  providers: [StartupProjectsService, ProgrammeTargetsService, OpenDataService],
  exports: [StartupProjectsService, ProgrammeTargetsService, OpenDataService],
})
export class EcosystemModule {}
