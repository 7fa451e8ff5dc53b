import DataLoader from 'dataloader';
import type { Actor } from '@app/core';
import { Assignment, AssignmentUpdate, AssignmentsService } from '@app/assignments';
import { Decision, Minutes, MinutesService } from '@app/minutes';
import { Consultation, ConsultationComment, ConsultationCommentsService, ConsultationSection, ConsultationsService } from '@app/consultations';
import { StartupProject, StartupProjectsService, Support } from '@app/ecosystem';
import { CommentsService, Issue, IssueComment, IssueEvent, IssuePreview, IssuesService, MemberPreview } from '@app/issues';
import { AgendaItem, AgendaService, Meetup, MeetupSeries, MeetupSeriesService, MeetupsService } from '@app/meetups';
import { Member, MembersService } from '@app/members';
import { Affiliation, AffiliationsService, Organization, OrganizationsService } from '@app/organizations';
import { Rsvp, RsvpsService } from '@app/rsvps';

/**
 * An agenda point loaded with only a preview of its issue carries it under this key; the
 * `AgendaItem.issue` resolver answers from it. Previews never enter the `issue` and `member`
 * loaders, which other fields of the same request trust to hold whole rows.
 */
export const ISSUE_PREVIEW = Symbol('issuePreview');
/** An issue preview carries its submitter's preview under this key, for `Issue.submitter`. */
export const SUBMITTER_PREVIEW = Symbol('submitterPreview');

export type PreviewedIssue = IssuePreview & { [SUBMITTER_PREVIEW]: MemberPreview | null };
export type AgendaItemWithPreview = AgendaItem & { [ISSUE_PREVIEW]: PreviewedIssue | null };

function withIssuePreview(item: AgendaItem, preview: IssuePreview | null): AgendaItem {
  if (preview) (preview as PreviewedIssue)[SUBMITTER_PREVIEW] = preview.submitter;
  (item as AgendaItemWithPreview)[ISSUE_PREVIEW] = preview as PreviewedIssue | null;
  return item;
}

/** One DataLoader per relation, made fresh for each request (no cache shared between callers). */
export interface Loaders {
  organization: DataLoader<string, Organization | null>;
  /** A member's affiliation (by member id), whatever its status. */
  affiliation: DataLoader<string, Affiliation | null>;
  member: DataLoader<string, Member | null>;
  series: DataLoader<string, MeetupSeries | null>;
  /** Series already read with a page of meetups: `Meetup.series` answers from here synchronously. */
  seriesKnown: Map<string, MeetupSeries>;
  seriesOrganizerIds: DataLoader<string, string[]>;
  meetup: DataLoader<string, Meetup | null>;
  /** Each meetup's agenda; loading it also primes `issue` and `member` with the points' issues and submitters. */
  agendaItems: DataLoader<string, AgendaItem[]>;
  /** Agendas whose points carry only a preview of their issue, or no issue at all (see meetups/agenda-loading.ts). */
  agendaPreviews: DataLoader<string, AgendaItem[]>;
  agendaItemsOnly: DataLoader<string, AgendaItem[]>;
  /** The caller's own RSVP per meetup. */
  myRsvp: DataLoader<string, Rsvp | null>;
  waitlistPosition: DataLoader<string, number | null>;
  issue: DataLoader<string, Issue | null>;
  issueTimeline: DataLoader<string, IssueEvent[]>;
  issueAgendaItems: DataLoader<string, AgendaItem[]>;
  issueRaisedBy: DataLoader<string, string[]>;
  issueComments: DataLoader<string, IssueComment[]>;
  /** Whether the caller supports each issue. */
  supportedByMe: DataLoader<string, boolean>;
  minutesOfMeetup: DataLoader<string, Minutes | null>;
  decisions: DataLoader<string, Decision[]>;
  decision: DataLoader<string, Decision | null>;
  assignment: DataLoader<string, Assignment | null>;
  assignmentCoordinating: DataLoader<string, string[]>;
  assignmentDependencies: DataLoader<string, string[]>;
  assignmentUpdates: DataLoader<string, AssignmentUpdate[]>;
  issueAssignments: DataLoader<string, Assignment[]>;
  followUps: DataLoader<string, Assignment[]>;
  consultation: DataLoader<string, Consultation | null>;
  consultationSections: DataLoader<string, ConsultationSection[]>;
  consultationSection: DataLoader<string, ConsultationSection | null>;
  /** Visible comments per consultation. */
  consultationCommentCount: DataLoader<string, number>;
  /** Each section's comments; hidden ones only for organizers. */
  sectionComments: DataLoader<string, ConsultationComment[]>;
  project: DataLoader<string, StartupProject | null>;
  projectSupports: DataLoader<string, Support[]>;
  organizationProjects: DataLoader<string, StartupProject[]>;
  organizationSupportsGiven: DataLoader<string, Support[]>;
}

export interface LoaderSources {
  organizations: OrganizationsService;
  affiliations: AffiliationsService;
  members: MembersService;
  series: MeetupSeriesService;
  meetups: MeetupsService;
  agenda: AgendaService;
  rsvps: RsvpsService;
  issues: IssuesService;
  comments: CommentsService;
  minutes: MinutesService;
  assignments: AssignmentsService;
  consultations: ConsultationsService;
  consultationComments: ConsultationCommentsService;
  projects: StartupProjectsService;
}

/** `actor` is read when a batch runs, after the request was authenticated. */
export function createLoaders(sources: LoaderSources, actor: () => Actor | null): Loaders {
  const member = new DataLoader((ids: readonly string[]) => sources.members.findByIds(ids));
  const issue = new DataLoader((ids: readonly string[]) => sources.issues.findByIds(ids));
  return {
    organization: new DataLoader((ids) => sources.organizations.findByIds(ids)),
    affiliation: new DataLoader((ids) => sources.affiliations.ofMembers(ids)),
    member,
    series: new DataLoader((ids) => sources.series.findByIds(ids)),
    seriesKnown: new Map(),
    seriesOrganizerIds: new DataLoader((ids) => sources.series.organizerIdsOf(ids)),
    meetup: new DataLoader((ids) => sources.meetups.findByIds(ids)),
    // An agenda is nearly always shown with its issues and who raised them: one statement
    // brings all three, and the issue and member loaders answer from it.
    agendaItems: new DataLoader(async (ids) => {
      const agendas = await sources.issues.agendasWithIssuesOf(ids);
      return agendas.map((points) =>
        points.map(({ item, issue: pointIssue, submitter }) => {
          if (pointIssue) issue.prime(pointIssue.id, pointIssue);
          if (submitter) member.prime(submitter.id, submitter);
          return item;
        }),
      );
    }),
    agendaPreviews: new DataLoader(async (ids) =>
      (await sources.issues.agendaPreviewsOf(ids, true)).map((points) => points.map(({ item, issue: preview }) => withIssuePreview(item, preview))),
    ),
    agendaItemsOnly: new DataLoader(async (ids) => (await sources.issues.agendaPreviewsOf(ids, false)).map((points) => points.map(({ item }) => item))),
    myRsvp: new DataLoader(async (ids) => {
      const caller = actor();
      return caller ? sources.rsvps.ofMember(caller.memberId, ids) : ids.map(() => null);
    }),
    waitlistPosition: new DataLoader((ids) => sources.rsvps.waitlistPositions(ids)),
    issue,
    issueTimeline: new DataLoader((ids) => sources.issues.timelinesOf(ids)),
    issueAgendaItems: new DataLoader((ids) => sources.issues.agendaItemsOf(ids)),
    issueRaisedBy: new DataLoader((ids) => sources.issues.raisedByOf(ids)),
    issueComments: new DataLoader((ids) => sources.comments.ofIssues(actor(), ids)),
    supportedByMe: new DataLoader(async (ids) => {
      const caller = actor();
      return caller ? sources.issues.supportedBy(caller.memberId, ids) : ids.map(() => false);
    }),
    minutesOfMeetup: new DataLoader((ids) => sources.minutes.ofMeetups(ids)),
    decisions: new DataLoader((ids) => sources.minutes.decisionsOf(ids)),
    decision: new DataLoader(async (ids) => Promise.all(ids.map((id) => sources.minutes.findDecision(id)))),
    assignment: new DataLoader((ids) => sources.assignments.findByIds(ids)),
    assignmentCoordinating: new DataLoader((ids) => sources.assignments.coordinatingOf(ids)),
    assignmentDependencies: new DataLoader((ids) => sources.assignments.dependenciesOf(ids)),
    assignmentUpdates: new DataLoader((ids) => sources.assignments.updatesOf(ids)),
    issueAssignments: new DataLoader((ids) => sources.assignments.ofIssues(ids)),
    followUps: new DataLoader((ids) => sources.assignments.followUpsOf(ids)),
    consultation: new DataLoader((ids) => sources.consultations.findByIds(ids)),
    consultationSections: new DataLoader((ids) => sources.consultations.sectionsOf(ids)),
    consultationSection: new DataLoader((ids) => sources.consultations.sectionsByIds(ids)),
    consultationCommentCount: new DataLoader((ids) => sources.consultations.commentCounts(ids)),
    sectionComments: new DataLoader((ids) => sources.consultationComments.ofSections(actor(), ids)),
    project: new DataLoader((ids) => sources.projects.findByIds(ids)),
    projectSupports: new DataLoader((ids) => sources.projects.supportsOf(ids)),
    organizationProjects: new DataLoader((ids) => sources.projects.projectsOf(ids)),
    organizationSupportsGiven: new DataLoader((ids) => sources.projects.supportsGivenBy(ids)),
  };
}
