import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Actor, Clock, DomainError, decodeCursor, encodeCursor, hasRole, inIdOrder, isUtcInstant, isUuid, requireId } from '@app/core';
import { enqueueOutbox, recordAudit, requirePageSize } from '@app/database';
import { AgendaItem, AgendaService, agendaItemsDiscussing, findMeetup } from '@app/meetups';
import { AffiliationsService, organizationsExist } from '@app/organizations';
import { AgendaIssuesReadModel, AgendaPoint, AgendaPointPreview } from './agenda-issues.read-model';
import { IssueListCriteria, IssueListRepository } from './issue-list.repository';
import { ISSUE_KINDS, ISSUE_STATUSES, Issue, IssueKind, IssueStatus } from './issue.entity';
import { canMoveIssue, moveIssue } from './issue-lifecycle';
import {
  addSupport,
  followersOfIssues,
  issueEventsOf,
  lockIssue,
  moveSupports,
  removeSupport,
  similarOpenIssueIds,
  submittersWithDuplicates,
  supportedAmong,
} from './issues.repository';
import { IssueFields, normalizeTopics, optionalNote, validateIssueFields } from './issue-input';
import { IssueEvent, recordIssueEvent } from './issue-timeline';

export interface IssueFilter {
  search?: string | null;
  kind?: IssueKind | null;
  status?: IssueStatus | null;
  topic?: string | null;
  submitterId?: string | null;
  addressedToOrganizationId?: string | null;
  /** Only issues the viewer supports (nothing for an anonymous viewer). */
  supportedByMe?: boolean | null;
  /** Most supported first (an organizer's backlog), newest first among equals. */
  mostSupported?: boolean | null;
  /** Organizers: only hidden issues (true) or only visible ones (false). */
  hidden?: boolean | null;
}

export interface IssuePage {
  items: Issue[];
  cursors: string[];
  /** Counted when called (unless the page's own statement already counted). */
  totalCount: () => Promise<number>;
  hasNextPage: boolean;
}

export type { AgendaPoint, AgendaPointPreview, IssuePreview, MemberPreview } from './agenda-issues.read-model';

const SUPPORT_MILESTONES = new Set([10, 25, 50, 100, 250, 500, 1000]);

const isCursorObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export { SEARCH_CANDIDATES } from './issue-list.repository';

/**
 * Issues and proposals: raised by members, supported, searched (accent- and case-insensitive),
 * moderated and moved through their lifecycle by organizers, every step on the timeline.
 */
@Injectable()
export class IssuesService {
  private readonly issueList: IssueListRepository;
  private readonly agendaIssues: AgendaIssuesReadModel;

  constructor(
    @InjectRepository(Issue) private readonly issues: Repository<Issue>,
    private readonly dataSource: DataSource,
    private readonly agenda: AgendaService,
    private readonly clock: Clock,
    private readonly affiliations: AffiliationsService,
  ) {
    this.issueList = new IssueListRepository(dataSource);
    this.agendaIssues = new AgendaIssuesReadModel(dataSource);
  }

  /** Organizers see everything; the submitter sees their own hidden issue; others do not. */
  canSee(viewer: Actor | null, issue: Pick<Issue, 'hiddenAt' | 'submitterId'>): boolean {
    return !issue.hiddenAt || (!!viewer && (hasRole(viewer.role, 'ORGANIZER') || viewer.memberId === issue.submitterId));
  }

  /** Organizers and admins moderate issues and move them through their lifecycle. */
  canModerate(viewer: Actor | null): boolean {
    return !!viewer && hasRole(viewer.role, 'ORGANIZER');
  }

  /** Whether a viewer learns that (and why) an issue was hidden: organizers and its submitter. */
  canSeeModeration(viewer: Actor | null, issue: Issue): boolean {
    return !!viewer && (hasRole(viewer.role, 'ORGANIZER') || viewer.memberId === issue.submitterId);
  }

  async submit(actor: Actor, input: IssueFields & { title: string; description: string; kind: IssueKind }): Promise<Issue> {
    const fields = validateIssueFields(input);
    for (const required of ['title', 'description', 'kind'] as const) {
      if (fields[required] === undefined) throw DomainError.badInput(required, 'is required');
    }
    return this.dataSource.transaction(async (manager) => {
      let organizationId: string | null = await this.affiliations.confirmedOrganizationOf(manager, actor.memberId);
      if (fields.organizationId !== undefined && fields.organizationId !== organizationId) {
        if (fields.organizationId !== null && !hasRole(actor.role, 'ORGANIZER')) {
          // Raising an issue in an organisation's name is speaking for it.
          await this.affiliations.assertConfirmedMember(manager, actor.memberId, fields.organizationId, 'raising an issue in its name');
        }
        if (!hasRole(actor.role, 'ORGANIZER') || fields.organizationId === null) {
          throw DomainError.badInput('organizationId', 'must be your own organisation (set it in your profile)');
        }
        organizationId = fields.organizationId;
      }
      await this.checkOrganizations(manager, { organizationId, addressedToOrganizationId: fields.addressedToOrganizationId });
      const repository = manager.getRepository(Issue);
      const issue = await repository.save(
        repository.create({
          title: fields.title,
          description: fields.description,
          kind: fields.kind,
          topics: fields.topics ?? [],
          submitterId: actor.memberId,
          organizationId,
          addressedToOrganizationId: fields.addressedToOrganizationId ?? null,
          createdAt: this.clock.now(),
        }),
      );
      await recordIssueEvent(manager, { issueId: issue.id, type: 'SUBMITTED', actorId: actor.memberId, at: this.clock.now() });
      return repository.findOneByOrFail({ id: issue.id });
    });
  }

  /** Submitters edit their own issue until it is on an agenda; organizers always. */
  async update(actor: Actor, id: string, input: IssueFields): Promise<Issue> {
    const fields = validateIssueFields(input);
    return this.withLockedIssue(id, actor, async (manager, issue) => {
      const isOrganizer = hasRole(actor.role, 'ORGANIZER');
      if (!isOrganizer) {
        if (issue.submitterId !== actor.memberId) throw DomainError.forbidden('You can only edit issues you submitted');
        if (issue.status !== 'SUBMITTED' || (await agendaItemsDiscussing(manager, issue.id)) > 0)
          throw DomainError.conflict('This issue is on an agenda; only organizers can edit it now');
        if (fields.organizationId !== undefined) throw DomainError.forbidden('Only organizers can change the organisation of an issue');
      }
      await this.checkOrganizations(manager, fields);
      const changed = Object.keys(fields).filter((key) => JSON.stringify(fields[key as keyof IssueFields]) !== JSON.stringify(issue[key as keyof Issue]));
      if (changed.length === 0) return issue;
      await manager.getRepository(Issue).update({ id: issue.id }, fields);
      await recordIssueEvent(manager, { issueId: issue.id, type: 'EDITED', actorId: actor.memberId, data: { fields: changed }, at: this.clock.now() });
      return manager.getRepository(Issue).findOneByOrFail({ id: issue.id });
    });
  }

  /** Moderation: organizers hide an issue (with a reason) out of the view of members, or show it again. */
  async setHidden(actor: Actor, id: string, hidden: boolean, reason: string | null | undefined): Promise<Issue> {
    if (!hasRole(actor.role, 'ORGANIZER')) throw DomainError.forbidden('Only organizers can hide issues');
    const why = optionalNote('reason', reason);
    if (hidden && !why) throw DomainError.badInput('reason', 'must say why the issue is hidden');
    return this.withLockedIssue(id, actor, async (manager, issue) => {
      if (!!issue.hiddenAt === hidden) return issue;
      const now = this.clock.now();
      await manager
        .getRepository(Issue)
        .update(
          { id: issue.id },
          hidden ? { hiddenAt: now, hiddenReason: why, hiddenBy: actor.memberId } : { hiddenAt: null, hiddenReason: null, hiddenBy: null },
        );
      await recordIssueEvent(manager, { issueId: issue.id, type: hidden ? 'HIDDEN' : 'UNHIDDEN', actorId: actor.memberId, note: why, at: now });
      await recordAudit(manager, {
        actorId: actor.memberId,
        action: hidden ? 'issue.hide' : 'issue.unhide',
        targetType: 'issue',
        targetId: issue.id,
        before: { hidden: !!issue.hiddenAt },
        after: { hidden, reason: why },
        at: now,
      });
      return manager.getRepository(Issue).findOneByOrFail({ id: issue.id });
    });
  }

  /**
   * Organizers move an issue through its lifecycle with an official response. DUPLICATE needs
   * the original and merges: supports move to it, and it shows who raised the same thing.
   * Placing on an agenda goes through `schedule`.
   */
  async setStatus(actor: Actor, id: string, status: IssueStatus, note: string | null | undefined, duplicateOfId?: string | null): Promise<Issue> {
    if (!hasRole(actor.role, 'ORGANIZER')) throw DomainError.forbidden('Only organizers can change the status of an issue');
    if (!ISSUE_STATUSES.includes(status)) throw DomainError.badInput('status', `must be one of ${ISSUE_STATUSES.join(', ')}`);
    if (status === 'ON_AGENDA') throw DomainError.badInput('status', 'use scheduleIssue to put an issue on a meetup agenda');
    const response = optionalNote('note', note);
    if (status === 'DUPLICATE' && !duplicateOfId) throw DomainError.badInput('duplicateOfId', 'is required for DUPLICATE');
    if (status !== 'DUPLICATE' && duplicateOfId) throw DomainError.badInput('duplicateOfId', 'is only for DUPLICATE');
    if (duplicateOfId) requireId('duplicateOfId', duplicateOfId);
    return this.withLockedIssue(id, actor, async (manager, issue) => {
      if (!canMoveIssue(issue.status, status)) {
        throw DomainError.conflict(`An issue that is ${issue.status} cannot become ${status}`);
      }
      const now = this.clock.now();
      if (status === 'DUPLICATE') await this.mergeInto(manager, actor, issue, duplicateOfId as string, now);
      await moveIssue(manager, issue.id, {
        to: status,
        actorId: actor.memberId,
        at: now,
        note: response,
        data: duplicateOfId ? { duplicateOfId } : {},
        fields: { duplicateOfId: duplicateOfId ?? null, ...(response ? { officialResponse: response } : {}) },
      });
      await this.tellFollowers(manager, issue, actor, status);
      return manager.getRepository(Issue).findOneByOrFail({ id: issue.id });
    });
  }

  /**
   * Puts an issue on a meetup's agenda (ON_AGENDA); an issue not settled at one meetup can be
   * carried to the next. Organizers of that meetup's series only.
   */
  async schedule(actor: Actor, issueId: string, meetupId: string, position?: number | null): Promise<AgendaItem> {
    requireId('meetupId', meetupId);
    if (!hasRole(actor.role, 'ORGANIZER')) throw DomainError.forbidden('Only organizers can put issues on an agenda');
    return this.withLockedIssue(issueId, actor, async (manager, issue) => {
      const meetup = await findMeetup(manager, meetupId);
      if (!meetup) throw DomainError.badInput('meetupId', 'no meetup has this id');
      await this.agenda.lockMeetup(manager, actor, meetupId);
      if (meetup.status === 'CANCELLED') throw DomainError.conflict('This meetup is cancelled');
      if (meetup.endsAt <= this.clock.now()) throw DomainError.conflict('This meetup is over; choose a coming one');
      if (issue.hiddenAt) throw DomainError.conflict('A hidden issue cannot be put on an agenda');
      if (!canMoveIssue(issue.status, 'ON_AGENDA')) throw DomainError.conflict(`An issue that is ${issue.status} cannot be put on an agenda`);
      if ((await agendaItemsDiscussing(manager, issue.id, meetupId)) > 0) throw DomainError.conflict('This issue is already on that agenda');

      const item = await this.agenda.insertItem(manager, meetupId, { title: issue.title, issueId: issue.id }, position ?? null);
      await moveIssue(manager, issue.id, {
        to: 'ON_AGENDA',
        actorId: actor.memberId,
        at: this.clock.now(),
        event: 'PLACED_ON_AGENDA',
        data: { meetupId, meetupTitle: meetup.title, carriedOver: issue.status !== 'SUBMITTED' },
      });
      return item;
    });
  }

  /** +1, once per member; supporting again changes nothing. */
  async support(actor: Actor, id: string): Promise<Issue> {
    requireId('id', id);
    return this.dataSource.transaction(async (manager) => {
      const issue = await this.visibleOrFail(manager, actor, id);
      if (issue.status === 'DUPLICATE') throw DomainError.conflict('This issue is a duplicate; support the original instead');
      const support_count = await addSupport(manager, id, actor.memberId, this.clock.now());
      if (support_count !== null) {
        if (SUPPORT_MILESTONES.has(support_count)) {
          await recordIssueEvent(manager, {
            issueId: id,
            type: 'SUPPORT_MILESTONE',
            actorId: null,
            data: { supportCount: support_count },
            at: this.clock.now(),
          });
        }
      }
      return manager.getRepository(Issue).findOneByOrFail({ id });
    });
  }

  async withdrawSupport(actor: Actor, id: string): Promise<Issue> {
    requireId('id', id);
    return this.dataSource.transaction(async (manager) => {
      await this.visibleOrFail(manager, actor, id);
      await removeSupport(manager, id, actor.memberId);
      return manager.getRepository(Issue).findOneByOrFail({ id });
    });
  }

  async findVisible(viewer: Actor | null, id: string): Promise<Issue | null> {
    if (!isUuid(id)) return null;
    const issue = await this.issues.findOneBy({ id });
    return issue && this.canSee(viewer, issue) ? issue : null;
  }

  async findByIds(ids: readonly string[]): Promise<(Issue | null)[]> {
    return inIdOrder(ids, await this.issues.findBy({ id: In([...ids]) }));
  }

  /**
   * Search and filters. With `search`, words match without accents or case ("thu tuc" finds
   * "Thủ tục"), title matches rank above description matches; otherwise newest first.
   */
  async list(viewer: Actor | null, filter: IssueFilter, first: number, after?: string | null): Promise<IssuePage> {
    requirePageSize(first, 200);
    if (filter.kind && !ISSUE_KINDS.includes(filter.kind)) throw DomainError.badInput('filter.kind', `must be one of ${ISSUE_KINDS.join(', ')}`);
    if (filter.status && !ISSUE_STATUSES.includes(filter.status)) {
      throw DomainError.badInput('filter.status', `must be one of ${ISSUE_STATUSES.join(', ')}`);
    }
    const search = filter.search?.trim() || null;
    if (search && search.length > 200) throw DomainError.badInput('filter.search', 'must be at most 200 characters');
    const criteria: IssueListCriteria = {
      // Organizers see every issue; a member also their own hidden ones; a visitor only visible ones.
      seenBy: viewer && hasRole(viewer.role, 'ORGANIZER') ? 'everything' : (viewer?.memberId ?? null),
      kind: filter.kind ?? null,
      status: filter.status ?? null,
      topic: filter.topic ? (normalizeTopics([filter.topic])[0] ?? null) : null,
      submitterId: filter.submitterId ? requireId('filter.submitterId', filter.submitterId) : null,
      addressedToOrganizationId: filter.addressedToOrganizationId ? requireId('filter.addressedToOrganizationId', filter.addressedToOrganizationId) : null,
      hidden: filter.hidden ?? null,
      supportedBy: filter.supportedByMe ? (viewer?.memberId ?? 'nobody') : null,
      search,
    };
    if (search || filter.mostSupported) {
      // Ranked results page by offset: the order is a computed score.
      const offset = after ? Number(decodeCursor(after, isCursorObject).o) : 0;
      if (!Number.isSafeInteger(offset) || offset < 0 || offset > 100_000) throw DomainError.badInput('after', 'is not a cursor returned by this query');
      const page = await this.issueList.ranked(criteria, first, offset);
      return {
        items: page.items,
        cursors: page.items.map((_, index) => encodeCursor({ o: offset + index + 1 })),
        totalCount: page.total === null ? page.count : async () => page.total as number,
        hasNextPage: page.hasNextPage,
      };
    }
    let cursor: { createdAt: string; id: string } | null = null;
    if (after) {
      const { c, i } = decodeCursor(after, isCursorObject);
      if (typeof c !== 'string' || !isUtcInstant(c) || typeof i !== 'string' || !isUuid(i)) {
        throw DomainError.badInput('after', 'is not a cursor returned by this query');
      }
      cursor = { createdAt: c, id: i };
    }
    const page = await this.issueList.newest(criteria, first, cursor);
    return {
      items: page.items.map((entry) => entry.issue),
      cursors: page.items.map((entry) => encodeCursor({ c: entry.cursorAt, i: entry.issue.id })),
      totalCount: page.count,
      hasNextPage: page.hasNextPage,
    };
  }

  /** Open issues that look like the one being written, so the same obstacle is not raised ten times. */
  async similar(viewer: Actor | null, title: string, description?: string | null): Promise<Issue[]> {
    const text = `${title} ${description ?? ''}`.trim().slice(0, 1000);
    if (text.length < 3) return [];
    const found = await this.findByIds(await similarOpenIssueIds(this.dataSource.manager, title.slice(0, 200), 5));
    return found.filter((issue): issue is Issue => !!issue && this.canSee(viewer, issue));
  }

  /** Timelines of many issues, each in order. For DataLoaders. */
  async timelinesOf(issueIds: readonly string[]): Promise<IssueEvent[][]> {
    const events = await issueEventsOf(this.dataSource.manager, issueIds);
    return issueIds.map((id) => events.filter((event) => event.issueId === id));
  }

  /** Whether `memberId` supports each issue. For DataLoaders. */
  async supportedBy(memberId: string, issueIds: readonly string[]): Promise<boolean[]> {
    const supported = await supportedAmong(this.dataSource.manager, memberId, issueIds);
    return issueIds.map((id) => supported.has(id));
  }

  /** Agenda items that discuss each issue, oldest first. For DataLoaders. */
  agendaItemsOf(issueIds: readonly string[]): Promise<AgendaItem[][]> {
    return this.agendaIssues.agendaItemsOf(issueIds);
  }

  /** The agendas of many meetups with each point's issue and its submitter (`AgendaIssuesReadModel`). For DataLoaders. */
  agendasWithIssuesOf(meetupIds: readonly string[]): Promise<AgendaPoint[][]> {
    return this.agendaIssues.agendasWithIssuesOf(meetupIds);
  }

  /** The agendas of many meetups with what an agenda shows of each point's issue (`AgendaIssuesReadModel`). For DataLoaders. */
  agendaPreviewsOf(meetupIds: readonly string[], withIssues: boolean): Promise<AgendaPointPreview[][]> {
    return this.agendaIssues.agendaPreviewsOf(meetupIds, withIssues);
  }

  /** Who raised each issue: its submitter, then the submitters of the duplicates merged into it. For DataLoaders. */
  async raisedByOf(issueIds: readonly string[]): Promise<string[][]> {
    const rows = await submittersWithDuplicates(this.dataSource.manager, issueIds);
    return issueIds.map((id) => {
      const own = rows.find((r) => r.id === id);
      const duplicates = rows.filter((r) => r.duplicate_of_id === id).map((r) => r.submitter_id);
      return [...new Set([...(own ? [own.submitter_id] : []), ...duplicates])];
    });
  }

  /** The submitter and the supporters hear of a status change (not the organizer who made it). */
  private async tellFollowers(manager: EntityManager, issue: Issue, actor: Actor, status: IssueStatus): Promise<void> {
    const followers = await followersOfIssues(manager, [issue.id]);
    await enqueueOutbox(
      manager,
      followers
        .filter((memberId) => memberId !== actor.memberId)
        .map((memberId) => ({ kind: 'issue.status', memberId, payload: { issueId: issue.id, from: issue.status, to: status } })),
    );
  }

  private async mergeInto(manager: EntityManager, actor: Actor, duplicate: Issue, originalId: string, now: Date): Promise<void> {
    if (originalId === duplicate.id) throw DomainError.badInput('duplicateOfId', 'must be another issue');
    const original = await lockIssue(manager, originalId);
    if (!original) throw DomainError.badInput('duplicateOfId', 'no issue has this id');
    if (original.status === 'DUPLICATE') throw DomainError.badInput('duplicateOfId', 'is itself a duplicate; point to its original');
    // Supports follow the issue they were given to.
    const moved = await moveSupports(manager, duplicate.id, originalId);
    await recordIssueEvent(manager, {
      issueId: originalId,
      type: 'DUPLICATE_MERGED',
      actorId: actor.memberId,
      data: { duplicateId: duplicate.id, duplicateTitle: duplicate.title, submitterId: duplicate.submitterId, supportsMoved: moved },
      at: now,
    });
  }

  private async visibleOrFail(manager: EntityManager, actor: Actor | null, id: string): Promise<Issue> {
    const issue = await manager.getRepository(Issue).findOneBy({ id });
    if (!issue || !this.canSee(actor, issue)) throw DomainError.notFound('Issue', id);
    return issue;
  }

  private async withLockedIssue<T>(id: string, actor: Actor, work: (manager: EntityManager, issue: Issue) => Promise<T>): Promise<T> {
    requireId('id', id);
    return this.dataSource.transaction(async (manager) => {
      const issue = await manager.getRepository(Issue).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!issue || !this.canSee(actor, issue)) throw DomainError.notFound('Issue', id);
      return work(manager, issue);
    });
  }

  private async checkOrganizations(
    manager: EntityManager,
    fields: { organizationId?: string | null; addressedToOrganizationId?: string | null },
  ): Promise<void> {
    for (const field of ['organizationId', 'addressedToOrganizationId'] as const) {
      const id = fields[field];
      if (!id) continue;
      if (!(await organizationsExist(manager, [id]))) throw DomainError.badInput(field, 'no organisation has this id');
    }
  }
}
