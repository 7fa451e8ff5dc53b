import { Global, Module } from '@nestjs/common';
import { DecisionUsePort } from '@app/minutes';
import { AssignmentDecisionUse } from './assignment-decision-use.adapter';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '@app/organizations';
import { Assignment } from './assignment.entity';
import { AssignmentsService } from './assignments.service';

/** Global so that the minutes module finds DecisionUsePort without importing this one. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Assignment]), OrganizationsModule],
  providers: [AssignmentsService, { provide: DecisionUsePort, useClass: AssignmentDecisionUse }],
  exports: [AssignmentsService, DecisionUsePort],
})
export class AssignmentsModule {}
