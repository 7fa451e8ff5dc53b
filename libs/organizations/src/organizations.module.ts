import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Affiliation } from './affiliation.entity';
import { AffiliationsService } from './affiliations.service';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organization, Affiliation])],
  providers: [OrganizationsService, AffiliationsService],
  exports: [OrganizationsService, AffiliationsService],
})
export class OrganizationsModule {}
