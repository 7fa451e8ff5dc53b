import { registerEnumType } from '@nestjs/graphql';

/** The GraphQL enums of the public API (docs/API.md), registered once. */
export enum RoleEnum {
  MEMBER = 'MEMBER',
  ORGANIZER = 'ORGANIZER',
  ADMIN = 'ADMIN',
}
registerEnumType(RoleEnum, { name: 'Role' });

export enum OrganizationKindEnum {
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  STARTUP = 'STARTUP',
  SUPPORT_ORGANIZATION = 'SUPPORT_ORGANIZATION',
  UNIVERSITY = 'UNIVERSITY',
  INVESTOR = 'INVESTOR',
  OTHER = 'OTHER',
  INCUBATOR = 'INCUBATOR',
  ACCELERATOR = 'ACCELERATOR',
  COWORKING_SPACE = 'COWORKING_SPACE',
  ENTERPRISE = 'ENTERPRISE',
  MEDIA = 'MEDIA',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });

export enum AffiliationStatusEnum {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
}
registerEnumType(AffiliationStatusEnum, {
  name: 'AffiliationStatus',
  description: 'PENDING: asked for, gives no power over the organisation; CONFIRMED: the member speaks for it',
});

export enum AffiliationRoleEnum {
  MEMBER = 'MEMBER',
  ADMIN = 'ADMIN',
}
registerEnumType(AffiliationRoleEnum, {
  name: 'AffiliationRole',
  description: "ADMIN: confirms, declines and ends the organisation's affiliations and names other administrators",
});

export enum LocaleEnum {
  vi = 'vi',
  en = 'en',
}
registerEnumType(LocaleEnum, { name: 'Locale', description: 'The language of e-mails and exports: Vietnamese (default) or English' });

export enum MeetupStatusEnum {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetupStatusEnum, { name: 'MeetupStatus' });

export enum VisibilityEnum {
  PUBLIC = 'PUBLIC',
  MEMBERS = 'MEMBERS',
}
registerEnumType(VisibilityEnum, { name: 'Visibility', description: 'PUBLIC: anyone; MEMBERS: signed-in members only' });

export enum RsvpResponseEnum {
  GOING = 'GOING',
  NOT_GOING = 'NOT_GOING',
}
registerEnumType(RsvpResponseEnum, { name: 'RsvpResponse' });

export enum RsvpStatusEnum {
  GOING = 'GOING',
  WAITLISTED = 'WAITLISTED',
  NOT_GOING = 'NOT_GOING',
}
registerEnumType(RsvpStatusEnum, { name: 'RsvpStatus' });

export enum CheckInMethodEnum {
  ORGANIZER = 'ORGANIZER',
  SELF_CODE = 'SELF_CODE',
}
registerEnumType(CheckInMethodEnum, { name: 'CheckInMethod' });

export enum IssueKindEnum {
  OBSTACLE = 'OBSTACLE',
  PROPOSAL = 'PROPOSAL',
  RECOMMENDATION = 'RECOMMENDATION',
  QUESTION = 'QUESTION',
}
registerEnumType(IssueKindEnum, { name: 'IssueKind' });

export enum IssueStatusEnum {
  SUBMITTED = 'SUBMITTED',
  ON_AGENDA = 'ON_AGENDA',
  DISCUSSED = 'DISCUSSED',
  ASSIGNED = 'ASSIGNED',
  RESOLVED = 'RESOLVED',
  DECLINED = 'DECLINED',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(IssueStatusEnum, { name: 'IssueStatus' });

export enum AssignmentStatusEnum {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AssignmentStatusEnum, { name: 'AssignmentStatus' });

export enum MinutesStatusEnum {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(MinutesStatusEnum, { name: 'MinutesStatus' });

export enum ConsultationStatusEnum {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(ConsultationStatusEnum, {
  name: 'ConsultationStatus',
  description: 'From opensAt and closesAt: DRAFT before opensAt (organizers only), OPEN until closesAt, CLOSED after',
});
export enum ProjectStageEnum {
  IDEA = 'IDEA',
  PROTOTYPE = 'PROTOTYPE',
  MVP = 'MVP',
  EARLY_REVENUE = 'EARLY_REVENUE',
  GROWTH = 'GROWTH',
}
registerEnumType(ProjectStageEnum, { name: 'ProjectStage' });

export enum SupportKindEnum {
  MENTORING = 'MENTORING',
  TRAINING = 'TRAINING',
  FUNDING = 'FUNDING',
  WORKSPACE = 'WORKSPACE',
  LEGAL = 'LEGAL',
  MARKET_ACCESS = 'MARKET_ACCESS',
  TECHNOLOGY = 'TECHNOLOGY',
  NETWORKING = 'NETWORKING',
  OTHER = 'OTHER',
}
registerEnumType(SupportKindEnum, { name: 'SupportKind' });

export enum TargetMetricEnum {
  PROJECTS_SUPPORTED = 'PROJECTS_SUPPORTED',
  STARTUPS_SUPPORTED = 'STARTUPS_SUPPORTED',
  MEETUPS_HELD = 'MEETUPS_HELD',
  ISSUES_RESOLVED = 'ISSUES_RESOLVED',
  ASSIGNMENTS_DONE_ON_TIME = 'ASSIGNMENTS_DONE_ON_TIME',
}
registerEnumType(TargetMetricEnum, { name: 'TargetMetric' });
