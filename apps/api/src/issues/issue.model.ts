import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/scalars';
import { Connection } from '../graphql/connection';
import { IssueKindEnum, IssueStatusEnum } from '../graphql/enums';

@ObjectType('Issue')
export class IssueModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => IssueKindEnum) kind: IssueKindEnum;
  @Field(() => IssueStatusEnum) status: IssueStatusEnum;
  @Field(() => [String]) topics: string[];
  @Field(() => Int) supportCount: number;
  @Field(() => String, { nullable: true, description: "The organizers' official response" }) officialResponse: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar) updatedAt: Date;
}

@ObjectType('IssueEvent', { description: 'One step on the timeline of an issue' })
export class IssueEventModel {
  @Field(() => DateTimeScalar) at: Date;
  @Field({ description: 'SUBMITTED, EDITED, PLACED_ON_AGENDA, STATUS_CHANGED, DUPLICATE_MERGED, DECISION, ASSIGNMENT_CREATED, PROGRESS_REPORTED, RESOLVED…' })
  type: string;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType('IssueComment')
export class IssueCommentModel {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) editedAt: Date | null;
}

export const IssueConnection = Connection(IssueModel, 'Issue');

@InputType()
export class IssueFilter {
  @Field(() => String, { nullable: true, description: 'Words in the title or description, accents and case ignored' }) search?: string | null;
  @Field(() => IssueKindEnum, { nullable: true }) kind?: IssueKindEnum | null;
  @Field(() => IssueStatusEnum, { nullable: true }) status?: IssueStatusEnum | null;
  @Field(() => String, { nullable: true }) topic?: string | null;
  @Field(() => ID, { nullable: true }) submitterId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only issues addressed to this organisation' }) addressedToOrganizationId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only issues the signed-in member supports' }) supportedByMe?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Most supported first (ignored with search, which ranks by relevance)' }) mostSupported?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only hidden issues (true) or only visible ones (false); members only ever see their own hidden issues',
  })
  hidden?: boolean | null;
}

@InputType()
export class SubmitIssueInput {
  @Field() title: string;
  @Field() description: string;
  @Field(() => IssueKindEnum) kind: IssueKindEnum;
  @Field(() => [String], { nullable: true }) topics?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Your organisation (default: the one in your profile)' }) organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The organisation the issue is addressed to' }) addressedToOrganizationId?: string | null;
}

@InputType()
export class UpdateIssueInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => IssueKindEnum, { nullable: true }) kind?: IssueKindEnum | null;
  @Field(() => [String], { nullable: true }) topics?: string[] | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => ID, { nullable: true }) addressedToOrganizationId?: string | null;
}
