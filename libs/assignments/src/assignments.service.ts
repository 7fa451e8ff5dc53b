import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { DateTime } from 'luxon';
import {
  Actor,
  Clock,
  DomainError,
  decodeCursor,
  encodeCursor,
  hasRole,
  inIdOrder,
  isUuid,
  optionalText,
  requireId,
  requireText,
  HUE_TIME_ZONE,
} from '@app/core';
import { enqueueOutbox, pageOf, recordAudit, requirePageSize } from '@app/database';
import { IssueStatus, canMoveIssue, issueStatusOf, lockIssue, moveIssue, recordIssueEvent } from '@app/issues';
import { activeMembersAmong } from '@app/members';
import { AffiliationsService } from '@app/organizations';
import { currentDecision } from '@app/minutes';
import { organizationsExist } from '@app/organizations';
import { AssignmentReportsReadModel } from './assignment-reports.read-model';
import {
  addCoordinators,
  addProgressUpdate,
  assignmentPage,
  assignmentsExist,
  coordinatorsOf,
  dependenciesAmong,
  doneOfIssue,
  lockDependencyGraph,
  progressUpdatesOf,
  reachesBack,
  replaceDependencies,
  unsettledDependencies,
} from './assignments.repository';
import { meetupsExist, requireLocalDate } from '@app/meetups';
import {
  ACTIVE_ASSIGNMENT_STATUSES,
  ASSIGNMENT_STATUSES,
  Assignment,
  SETTLED_ASSIGNMENT_STATUSES,
  AssignmentStatus,
  AssignmentUpdate,
  OrganizationScorecard,
} from './assignment.entity';

export interface CreateAssignmentCommand {
  title: string;
  description?: string | null;
  leadOrganizationId: string;
  coordinatingOrganizationIds?: string[] | null;
  assigneeId?: string | null;
  dueOn: string;
  issueId?: string | null;
  meetupId?: string | null;
  decisionId?: string | null;
  dependsOnIds?: string[] | null;
}

export interface ProgressCommand {
  note?: string | null;
  status?: AssignmentStatus | null;
  progressPercent?: number | null;
}

export interface AssignmentFilter {
  organizationId?: string | null;
  status?: AssignmentStatus | null;
  overdue?: boolean | null;
  dueBefore?: string | null;
  issueId?: string | null;
}

export interface AssignmentPage {
  items: Assignment[];
  cursors: string[];
  /** Counted when called. */
  totalCount: () => Promise<number>;
  hasNextPage: boolean;
}

/**
 * Follow-up assignments: owned by a lead organisation with coordinating ones, dated, ordered by
 * dependencies, reported on, and visible on the issue they came from until it is resolved.
 */
@Injectable()
export class AssignmentsService {
  private readonly reports: AssignmentReportsReadModel;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly affiliations: AffiliationsService,
  ) {
    this.reports = new AssignmentReportsReadModel(dataSource);
  }

  /** Today in Asia/Ho_Chi_Minh: `overdue` flips at local midnight, not at UTC midnight. */
  today(): string {
    return DateTime.fromJSDate(this.clock.now(), { zone: HUE_TIME_ZONE }).toISODate() as string;
  }

  isOverdue(assignment: Assignment): boolean {
    return ACTIVE_ASSIGNMENT_STATUSES.includes(assignment.status) && assignment.dueOn < this.today();
  }

  async create(actor: Actor, command: CreateAssignmentCommand): Promise<Assignment> {
    if (!hasRole(actor.role, 'ORGANIZER')) throw DomainError.forbidden('Only organizers can give assignments');
    const title = requireText('title', command.title, { max: 300 });
    const description = optionalText('description', command.description, { max: 20000, multiline: true });
    const leadOrganizationId = requireId('leadOrganizationId', command.leadOrganizationId);
    const coordinating = [...new Set((command.coordinatingOrganizationIds ?? []).map((id) => requireId('coordinatingOrganizationIds', id)))].filter(
      (id) => id !== leadOrganizationId,
    );
    const dueOn = requireLocalDate('dueOn', command.dueOn);
    const dependsOn = [...new Set((command.dependsOnIds ?? []).map((id) => requireId('dependsOnIds', id)))];
    const refs = {
      assigneeId: command.assigneeId ? requireId('assigneeId', command.assigneeId) : null,
      issueId: command.issueId ? requireId('issueId', command.issueId) : null,
      meetupId: command.meetupId ? requireId('meetupId', command.meetupId) : null,
      decisionId: command.decisionId ? requireId('decisionId', command.decisionId) : null,
    };
    return this.dataSource.transaction(async (manager) => {
      if (!(await organizationsExist(manager, [leadOrganizationId]))) throw DomainError.badInput('leadOrganizationId', 'no organisation has this id');
      if (!(await organizationsExist(manager, coordinating))) throw DomainError.badInput('coordinatingOrganizationIds', 'every organisation must exist');
      if (!(await assignmentsExist(manager, dependsOn))) throw DomainError.badInput('dependsOnIds', 'every assignment depended on must exist');
      // A member who deleted their account cannot be given work.
      if (refs.assigneeId && (await activeMembersAmong(manager, [refs.assigneeId])).length === 0)
        throw DomainError.badInput('assigneeId', 'no member has this id');
      if (refs.meetupId && !(await meetupsExist(manager, [refs.meetupId]))) throw DomainError.badInput('meetupId', 'no meetup has this id');
      if (refs.decisionId) {
        const decision = await currentDecision(manager, refs.decisionId);
        if (!decision) throw DomainError.badInput('decisionId', 'no decision has this id');
        if (!decision.published) throw DomainError.conflict('Assignments come from published minutes; publish them first');
        refs.meetupId = refs.meetupId ?? decision.meetupId;
      }
      let issue: { id: string; status: IssueStatus } | undefined;
      if (refs.issueId) {
        issue = (await lockIssue(manager, refs.issueId)) ?? undefined;
        if (!issue) throw DomainError.badInput('issueId', 'no issue has this id');
        if (issue.status !== 'ASSIGNED' && !canMoveIssue(issue.status, 'ASSIGNED')) {
          throw DomainError.conflict(`An issue that is ${issue.status} cannot be given assignments; discuss it at a meetup first`);
        }
      }

      const now = this.clock.now();
      const repository = manager.getRepository(Assignment);
      const assignment = await repository.save(
        repository.create({
          title,
          description,
          leadOrganizationId,
          dueOn,
          ...refs,
          status: 'OPEN',
          progressPercent: 0,
          createdBy: actor.memberId,
          createdAt: now,
        }),
      );
      await addCoordinators(manager, assignment.id, coordinating);
      await replaceDependencies(manager, assignment.id, dependsOn);
      await recordAudit(manager, {
        actorId: actor.memberId,
        action: 'assignment.create',
        targetType: 'assignment',
        targetId: assignment.id,
        after: { title, leadOrganizationId, dueOn },
        at: now,
      });
      const confirmed = await this.affiliations.confirmedMembersOf(manager, leadOrganizationId);
      const recipients = (await activeMembersAmong(manager, refs.assigneeId ? [...confirmed, refs.assigneeId] : confirmed)).map((m) => m.id);
      await enqueueOutbox(
        manager,
        recipients.map((memberId) => ({ kind: 'assignment.given', memberId, payload: { assignmentId: assignment.id } })),
      );
      if (issue) {
        const created = { assignmentId: assignment.id, dueOn, leadOrganizationId };
        if (issue.status === 'ASSIGNED') {
          await recordIssueEvent(manager, {
            issueId: issue.id,
            type: 'ASSIGNMENT_CREATED',
            actorId: actor.memberId,
            note: title,
            data: { ...created, from: 'ASSIGNED', to: 'ASSIGNED' },
            at: now,
          });
        } else {
          await moveIssue(manager, issue.id, { to: 'ASSIGNED', event: 'ASSIGNMENT_CREATED', actorId: actor.memberId, note: title, data: created, at: now });
        }
      }
      return repository.findOneByOrFail({ id: assignment.id });
    });
  }

  /** Organizers change what an assignment depends on; a cycle is refused. */
  async setDependencies(actor: Actor, id: string, dependsOnIds: string[]): Promise<Assignment> {
    if (!hasRole(actor.role, 'ORGANIZER')) throw DomainError.forbidden('Only organizers can change assignments');
    requireId('id', id);
    const dependsOn = [...new Set(dependsOnIds.map((d) => requireId('dependsOnIds', d)))];
    return this.dataSource.transaction(async (manager) => {
      // One change of the dependency graph at a time, so two edits cannot close a cycle together.
      await lockDependencyGraph(manager);
      const assignment = await manager.getRepository(Assignment).findOneBy({ id });
      if (!assignment) throw DomainError.notFound('Assignment', id);
      if (dependsOn.includes(id)) throw DomainError.badInput('dependsOnIds', 'an assignment cannot depend on itself');
      if (!(await assignmentsExist(manager, dependsOn))) throw DomainError.badInput('dependsOnIds', 'every assignment depended on must exist');
      if (await reachesBack(manager, id, dependsOn)) throw DomainError.badInput('dependsOnIds', 'would create a cycle of dependencies');
      await replaceDependencies(manager, id, dependsOn);
      return manager.getRepository(Assignment).findOneByOrFail({ id });
    });
  }

  /**
   * A progress report by an organizer or a member of the lead organisation. DONE needs every
   * dependency DONE. When all assignments of an issue are done, the issue is proposed for
   * RESOLVED on its timeline; an organizer confirms it with setIssueStatus.
   */
  async reportProgress(actor: Actor, id: string, command: ProgressCommand): Promise<Assignment> {
    requireId('id', id);
    const note = optionalText('note', command.note, { max: 10000, multiline: true });
    if (command.status && !ASSIGNMENT_STATUSES.includes(command.status))
      throw DomainError.badInput('status', `must be one of ${ASSIGNMENT_STATUSES.join(', ')}`);
    if (command.progressPercent !== undefined && command.progressPercent !== null) {
      if (!Number.isInteger(command.progressPercent) || command.progressPercent < 0 || command.progressPercent > 100) {
        throw DomainError.badInput('progressPercent', 'must be a whole number from 0 to 100');
      }
    }
    if (!note && !command.status && (command.progressPercent === undefined || command.progressPercent === null)) {
      throw DomainError.badInput('note', 'a report needs a note, a status or a percentage');
    }
    return this.dataSource.transaction(async (manager) => {
      const assignment = await manager.getRepository(Assignment).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!assignment) throw DomainError.notFound('Assignment', id);
      await this.affiliations.assertSpeaksFor(manager, actor, assignment.leadOrganizationId, 'reporting progress on its assignments');
      if (!hasRole(actor.role, 'ORGANIZER')) {
        if (command.status === 'CANCELLED') throw DomainError.forbidden('Only organizers can cancel an assignment');
      }
      if (assignment.status === 'DONE' || assignment.status === 'CANCELLED') {
        if (command.status && command.status !== assignment.status)
          throw DomainError.conflict(`This assignment is ${assignment.status}; it cannot change status`);
      }
      const status = command.status ?? (assignment.status === 'OPEN' && (command.progressPercent ?? 0) > 0 ? 'IN_PROGRESS' : assignment.status);
      if (status === 'DONE' && assignment.status !== 'DONE') {
        const blocking = await unsettledDependencies(manager, id, SETTLED_ASSIGNMENT_STATUSES);
        if (blocking.length) throw DomainError.conflict(`This step cannot be DONE before: ${blocking.join('; ')}`);
      }
      const now = this.clock.now();
      const progressPercent = status === 'DONE' ? 100 : (command.progressPercent ?? assignment.progressPercent);
      await manager.getRepository(Assignment).update(
        { id },
        {
          status,
          progressPercent,
          completedAt: status === 'DONE' ? (assignment.completedAt ?? now) : null,
          sequence: status !== assignment.status ? assignment.sequence + 1 : assignment.sequence,
        },
      );
      await recordAudit(manager, {
        actorId: actor.memberId,
        action: 'assignment.progress',
        targetType: 'assignment',
        targetId: id,
        before: { status: assignment.status, progressPercent: assignment.progressPercent },
        after: { status, progressPercent, note },
        at: now,
      });
      await addProgressUpdate(manager, { assignmentId: id, authorId: actor.memberId, note, status, progressPercent, at: now });
      if (assignment.issueId) {
        await recordIssueEvent(manager, {
          issueId: assignment.issueId,
          type: 'PROGRESS_REPORTED',
          actorId: actor.memberId,
          note,
          data: { assignmentId: id, status, progressPercent },
          at: now,
        });
        if (status === 'DONE') await this.proposeResolution(manager, assignment.issueId, now);
      }
      return manager.getRepository(Assignment).findOneByOrFail({ id });
    });
  }

  async findById(id: string): Promise<Assignment | null> {
    return isUuid(id) ? this.dataSource.getRepository(Assignment).findOneBy({ id }) : null;
  }

  async findByIds(ids: readonly string[]): Promise<(Assignment | null)[]> {
    return inIdOrder(ids, await this.dataSource.getRepository(Assignment).findBy({ id: In([...ids]) }));
  }

  /** Assignments by due date; `organizationId` matches the lead or a coordinating organisation. */
  async list(filter: AssignmentFilter, first: number, after?: string | null): Promise<AssignmentPage> {
    requirePageSize(first, 100);
    if (filter.status && !ASSIGNMENT_STATUSES.includes(filter.status)) {
      throw DomainError.badInput('filter.status', `must be one of ${ASSIGNMENT_STATUSES.join(', ')}`);
    }
    let cursor: { dueOn: string; id: string } | null = null;
    if (after) {
      const [due, id] = decodeCursor(
        after,
        (v): v is [string, string] => Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'string' && isUuid(v[1]),
      );
      cursor = { dueOn: requireLocalDate('after', due), id };
    }
    const { rows, count } = await assignmentPage(
      this.dataSource,
      {
        organizationId: filter.organizationId ? requireId('filter.organizationId', filter.organizationId) : null,
        status: filter.status ?? null,
        issueId: filter.issueId ? requireId('filter.issueId', filter.issueId) : null,
        dueBefore: filter.dueBefore ? requireLocalDate('filter.dueBefore', filter.dueBefore) : null,
        overdue: filter.overdue ?? null,
        today: this.today(),
      },
      first,
      cursor,
    );
    const { rows: page, hasNextPage } = pageOf(rows, first);
    const items = (await this.findByIds(page.map((r) => r.id))).filter((a): a is Assignment => !!a);
    return {
      items,
      cursors: page.map((r) => encodeCursor([r.due_on, r.id])),
      totalCount: count,
      hasNextPage,
    };
  }

  /** What a meetup reports on (`AssignmentReportsReadModel`). For DataLoaders. */
  followUpsOf(meetupIds: readonly string[]): Promise<Assignment[][]> {
    return this.reports.followUpsOf(meetupIds);
  }

  async coordinatingOf(assignmentIds: readonly string[]): Promise<string[][]> {
    const rows = await coordinatorsOf(this.dataSource.manager, assignmentIds);
    return assignmentIds.map((id) => rows.filter((r) => r.assignment_id === id).map((r) => r.organization_id));
  }

  async dependenciesOf(assignmentIds: readonly string[]): Promise<string[][]> {
    const rows = await dependenciesAmong(this.dataSource.manager, assignmentIds);
    return assignmentIds.map((id) => rows.filter((r) => r.assignment_id === id).map((r) => r.depends_on_id));
  }

  async updatesOf(assignmentIds: readonly string[]): Promise<AssignmentUpdate[][]> {
    const updates = await progressUpdatesOf(this.dataSource.manager, assignmentIds);
    return assignmentIds.map((id) => updates.filter((u) => u.assignmentId === id));
  }

  async ofIssues(issueIds: readonly string[]): Promise<Assignment[][]> {
    const rows = await this.dataSource.getRepository(Assignment).find({ where: { issueId: In([...issueIds]) }, order: { dueOn: 'ASC', id: 'ASC' } });
    return issueIds.map((id) => rows.filter((row) => row.issueId === id));
  }

  /** Per lead organisation: open, done, done on time, overdue now, median days to complete. Public. */
  scorecards(): Promise<OrganizationScorecard[]> {
    return this.reports.scorecards(this.today());
  }

  private async proposeResolution(manager: EntityManager, issueId: string, at: Date): Promise<void> {
    const counts = await doneOfIssue(manager, issueId);
    if (counts.active === 0 || counts.active !== counts.done) return;
    if ((await issueStatusOf(manager, issueId)) !== 'ASSIGNED') return;
    await recordIssueEvent(manager, { issueId, type: 'RESOLUTION_PROPOSED', actorId: null, note: 'Every assignment is done', at });
  }
}
