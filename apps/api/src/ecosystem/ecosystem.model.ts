import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection';
import { ProjectStageEnum, SupportKindEnum, TargetMetricEnum } from '../graphql/enums';
import { DateTimeScalar, LocalDateScalar } from '../graphql/scalars';
import { OrganizationModel } from '../organizations/organization.model';

@ObjectType('StartupProject', { description: 'A startup project and the support it received' })
export class StartupProjectModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => ProjectStageEnum) stage: ProjectStageEnum;
  @Field(() => [String]) sectors: string[];
  @Field(() => Int, { nullable: true }) teamSize: number | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When the project began; supports cannot start earlier' }) foundedOn: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  // company, contact, supports and canEdit: StartupProjectResolver.
}

@ObjectType('Support', { description: 'What an organisation gave a project, and when' })
export class SupportModel {
  @Field(() => ID) id: string;
  @Field(() => SupportKindEnum) kind: SupportKindEnum;
  @Field(() => LocalDateScalar) startedOn: string;
  @Field(() => LocalDateScalar, { nullable: true }) endedOn: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  // project and provider: SupportResolver.
}

@ObjectType('EcosystemLink', { description: 'Who supports which project: the kinds of support and how many records' })
export class EcosystemLinkModel {
  @Field(() => OrganizationModel) provider: unknown;
  @Field(() => StartupProjectModel) project: unknown;
  @Field(() => [SupportKindEnum]) kinds: SupportKindEnum[];
  @Field(() => Int) supports: number;
}

@ObjectType('EcosystemMap')
export class EcosystemMapModel {
  @Field(() => [OrganizationModel]) organizations: unknown[];
  @Field(() => [StartupProjectModel]) projects: unknown[];
  @Field(() => [EcosystemLinkModel]) links: EcosystemLinkModel[];
}

@ObjectType('TargetYear', { description: "One calendar year of a target's window" })
export class TargetYearModel {
  @Field(() => Int) year: number;
  @Field(() => Int, { description: "Counted within this year's part of the window" }) achieved: number;
  @Field(() => Int, { description: "Counted from the window's start to the end of this year" }) cumulative: number;
}

@ObjectType('ProgrammeTarget', {
  description:
    'A goal of the scheme. achieved counts, within [startsOn, endsOn] (local dates in Huế): PROJECTS_SUPPORTED distinct projects with a support that started in the window; ' +
    'STARTUPS_SUPPORTED those of them that have a company; MEETUPS_HELD meetups not cancelled that have started; ISSUES_RESOLVED issues resolved; ' +
    'ASSIGNMENTS_DONE_ON_TIME assignments done on or before their due date. onTrack: achieved/goal is at least the share of the window elapsed.',
})
export class ProgrammeTargetModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => TargetMetricEnum) metric: TargetMetricEnum;
  @Field(() => Int) goal: number;
  @Field(() => LocalDateScalar) startsOn: string;
  @Field(() => LocalDateScalar) endsOn: string;
  @Field(() => Int) achieved: number;
  @Field(() => Int, { description: 'What the goal calls for by today, in proportion to the days elapsed' }) expectedByNow: number;
  @Field() onTrack: boolean;
  @Field(() => [TargetYearModel], { description: 'The trend: each year of the window up to this year' }) byYear: TargetYearModel[];
}

export const StartupProjectConnection = Connection(StartupProjectModel, 'StartupProject');

@InputType()
export class StartupProjectFilter {
  @Field(() => String, { nullable: true, description: 'Words in the name or summary, accents and case ignored' }) search?: string | null;
  @Field(() => ProjectStageEnum, { nullable: true }) stage?: ProjectStageEnum | null;
  @Field(() => String, { nullable: true }) sector?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only projects this organisation supported' }) supportedById?: string | null;
}

@InputType({ description: 'On update, fields not given stay as they are and null clears' })
export class StartupProjectInput {
  @Field() name: string;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => ProjectStageEnum) stage: ProjectStageEnum;
  @Field(() => [String], { nullable: true }) sectors?: string[] | null;
  @Field(() => Int, { nullable: true }) teamSize?: number | null;
  @Field(() => ID, { nullable: true, description: 'The startup enterprise (an organisation of kind STARTUP) once incorporated' }) companyId?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) foundedOn?: string | null;
}

@InputType()
export class RecordSupportInput {
  @Field(() => ID) projectId: string;
  @Field(() => ID) providerId: string;
  @Field(() => SupportKindEnum) kind: SupportKindEnum;
  @Field(() => LocalDateScalar) startedOn: string;
  @Field(() => LocalDateScalar, { nullable: true }) endedOn?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class ProgrammeTargetInput {
  @Field(() => ID, { nullable: true, description: 'Given: update that target' }) id?: string | null;
  @Field() title: string;
  @Field(() => TargetMetricEnum) metric: TargetMetricEnum;
  @Field(() => Int) goal: number;
  @Field(() => LocalDateScalar) startsOn: string;
  @Field(() => LocalDateScalar) endsOn: string;
}
