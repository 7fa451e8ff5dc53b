import { ASSIGNMENT_STATUSES } from '@app/assignments';
import { CONSULTATION_STATUSES } from '@app/consultations';
import { ROLES } from '@app/core';
import { PROJECT_STAGES, SUPPORT_KINDS, TARGET_METRICS } from '@app/ecosystem';
import { ISSUE_KINDS, ISSUE_STATUSES } from '@app/issues';
import { MEETUP_STATUSES, VISIBILITIES } from '@app/meetups';
import { LOCALES } from '@app/members';
import { AFFILIATION_ROLES, AFFILIATION_STATUSES, ORGANIZATION_KINDS } from '@app/organizations';
import { RSVP_STATUSES } from '@app/rsvps';
import {
  AffiliationRoleEnum,
  AffiliationStatusEnum,
  AssignmentStatusEnum,
  ConsultationStatusEnum,
  IssueKindEnum,
  IssueStatusEnum,
  LocaleEnum,
  MeetupStatusEnum,
  OrganizationKindEnum,
  ProjectStageEnum,
  RoleEnum,
  RsvpStatusEnum,
  SupportKindEnum,
  TargetMetricEnum,
  VisibilityEnum,
} from './enums';

/** The GraphQL enums repeat the domain's value lists (docs/API.md names them); they must not drift apart. */
describe('GraphQL enums', () => {
  it.each([
    ['Role', RoleEnum, ROLES],
    ['OrganizationKind', OrganizationKindEnum, ORGANIZATION_KINDS],
    ['Locale', LocaleEnum, LOCALES],
    ['AffiliationStatus', AffiliationStatusEnum, AFFILIATION_STATUSES],
    ['AffiliationRole', AffiliationRoleEnum, AFFILIATION_ROLES],
    ['MeetupStatus', MeetupStatusEnum, MEETUP_STATUSES],
    ['Visibility', VisibilityEnum, VISIBILITIES],
    ['RsvpStatus', RsvpStatusEnum, RSVP_STATUSES],
    ['IssueKind', IssueKindEnum, ISSUE_KINDS],
    ['IssueStatus', IssueStatusEnum, ISSUE_STATUSES],
    ['ConsultationStatus', ConsultationStatusEnum, CONSULTATION_STATUSES],
    ['AssignmentStatus', AssignmentStatusEnum, ASSIGNMENT_STATUSES],
    ['ProjectStage', ProjectStageEnum, PROJECT_STAGES],
    ['SupportKind', SupportKindEnum, SUPPORT_KINDS],
    ['TargetMetric', TargetMetricEnum, TARGET_METRICS],
  ] as const)('%s has exactly the domain values', (_name, graphqlEnum, domainValues) => {
    expect(Object.values(graphqlEnum).sort()).toEqual([...domainValues].sort());
    for (const [key, value] of Object.entries(graphqlEnum)) expect(key).toBe(value);
  });
});
