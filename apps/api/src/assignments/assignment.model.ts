import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection';
import { AssignmentStatusEnum } from '../graphql/enums';
import { DateTimeScalar, LocalDateScalar } from '../graphql/scalars';

@ObjectType('Assignment')
export class AssignmentModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => AssignmentStatusEnum) status: AssignmentStatusEnum;
  @Field(() => LocalDateScalar, { description: 'The last day, in Asia/Ho_Chi_Minh' }) dueOn: string;
  @Field(() => Int) progressPercent: number;
  @Field(() => DateTimeScalar, { nullable: true }) completedAt: Date | null;
  @Field(() => DateTimeScalar) createdAt: Date;
}

@ObjectType('AssignmentUpdate', { description: 'A progress report' })
export class AssignmentUpdateModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => AssignmentStatusEnum) status: AssignmentStatusEnum;
  @Field(() => Int) progressPercent: number;
  @Field(() => DateTimeScalar) at: Date;
}

@ObjectType('OrganizationScorecard')
export class OrganizationScorecardModel {
  @Field(() => Int) open: number;
  @Field(() => Int) done: number;
  @Field(() => Int) doneOnTime: number;
  @Field(() => Int) overdue: number;
  @Field(() => Float, { nullable: true }) medianDaysToComplete: number | null;
}

export const AssignmentConnection = Connection(AssignmentModel, 'Assignment');

@InputType()
export class AssignmentFilter {
  @Field(() => ID, { nullable: true, description: 'Lead or coordinating organisation' }) organizationId?: string | null;
  @Field(() => AssignmentStatusEnum, { nullable: true }) status?: AssignmentStatusEnum | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
  @Field(() => LocalDateScalar, { nullable: true }) dueBefore?: string | null;
  @Field(() => ID, { nullable: true }) issueId?: string | null;
}

@InputType()
export class CreateAssignmentInput {
  @Field() title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { description: 'Chủ trì' }) leadOrganizationId: string;
  @Field(() => [ID], { nullable: true, description: 'Phối hợp' }) coordinatingOrganizationIds?: string[] | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => LocalDateScalar) dueOn: string;
  @Field(() => ID, { nullable: true }) issueId?: string | null;
  @Field(() => ID, { nullable: true }) meetupId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The decision in published minutes it comes from' }) decisionId?: string | null;
  @Field(() => [ID], { nullable: true }) dependsOnIds?: string[] | null;
}

@InputType()
export class AssignmentProgressInput {
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => AssignmentStatusEnum, { nullable: true }) status?: AssignmentStatusEnum | null;
  @Field(() => Int, { nullable: true }) progressPercent?: number | null;
}
