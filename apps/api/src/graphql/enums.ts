import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums of API.md, registered once. */
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
}
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });

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
registerEnumType(ConsultationStatusEnum, { name: 'ConsultationStatus', description: 'From opensAt and closesAt: DRAFT before opensAt (organizers only), OPEN until closesAt, CLOSED after' });
