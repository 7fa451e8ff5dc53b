import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Actor, Clock, DomainError, decodeCursor, encodeCursor, hasRole, inIdOrder, isUtcInstant, isUuid, requireId } from '@app/core';
import { EntityRows, ListQuery, enqueueOutbox, pageOf, queryRows, recordAudit, requirePageSize } from '@app/database';
import { AgendaItem, AgendaService, agendaItemsDiscussing, findMeetup } from '@app/meetups';
import { organizationOfMember } from '@app/members';
import { organizationsExist } from '@app/organizations';
import { AgendaIssuesReadModel, AgendaPoint, AgendaPointPreview } from './agenda-issues.read-model';
import { ISSUE_KINDS, ISSUE_STATUSES, Issue, IssueKind, IssueStatus, OPEN_STATUSES } from './issue.entity';
import { canMoveIssue, moveIssue } from './issue-lifecycle';
import { IssueFields, normalizeTopics, optionalNote, validateIssueFields } from './issue-input';
import { IssueEvent, recordIssueEvent, toIssueEvent } from './issue-timeline';

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

/** How many of a search's matches, the newest, are ranked (`searchStatement`). */
export const SEARCH_CANDIDATES = 200;

/**
 * Issues and proposals: raised by members, supported, searched (accent- and case-insensitive),
 * moderated and moved through their lifecycle by organizers, every step on the timeline.
 */
@Injectable()
export class IssuesService {
  private readonly issueRows: EntityRows<Issue>;
  private readonly agendaIssues: AgendaIssuesReadModel;

  constructor(
    @InjectRepository(Issue) private readonly issues: Repository<Issue>,
    private readonly dataSource: DataSource,
    private readonly agenda: AgendaService,
    private readonly clock: Clock,
  ) {
    this.issueRows = new EntityRows(dataSource, Issue);
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
      let organizationId: string | null = await organizationOfMember(manager, actor.memberId);
      if (fields.organizationId !== undefined && fields.organizationId !== organizationId) {
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
      const inserted: unknown[] = await manager.query(
        'INSERT INTO issue_supports (issue_id, member_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING issue_id',
        [id, actor.memberId, this.clock.now()],
      );
      if (inserted.length > 0) {
        const [{ support_count }] = await queryRows<{ support_count: number }>(
          manager,
          'UPDATE issues SET support_count = support_count + 1 WHERE id = $1 RETURNING support_count',
          [id],
        );
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
      const deleted = await queryRows(manager, 'DELETE FROM issue_supports WHERE issue_id = $1 AND member_id = $2 RETURNING issue_id', [id, actor.memberId]);
      if (deleted.length > 0) await manager.query('UPDATE issues SET support_count = support_count - 1 WHERE id = $1', [id]);
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
   * A search page ranks a bounded set: the newest SEARCH_CANDIDATES matches, ranked by how well
   * they match (title over description, then the title's resemblance), come first; older matches
   * follow newest first, unranked. Every match is still found and counted (one pass over the
   * full-text index and the rows it names, keeping only id and date), but the rank — reading each
   * match's words and comparing its title, most of a search's time when a common phrase matches
   * thousands of issues — is computed for at most SEARCH_CANDIDATES rows, and whole rows are
   * read only for the page. The order is the same on every page, so offsets stay consistent.
   */
  private searchStatement(whereSql: string, rank: string, limit: string, offset: string, end: string): string {
    return `WITH matches AS MATERIALIZED (
        SELECT i.id, i.created_at FROM issues i ${whereSql}
      ), candidates AS (
        SELECT id, created_at FROM matches ORDER BY created_at DESC, id DESC LIMIT ${SEARCH_CANDIDATES}
      ), ordered AS (
        SELECT c.id, c.created_at, ${rank} AS rank FROM candidates c JOIN issues i ON i.id = c.id
        UNION ALL
        SELECT m.id, m.created_at, NULL::real FROM matches m
        WHERE ${end}::int > ${SEARCH_CANDIDATES} AND NOT EXISTS (SELECT 1 FROM candidates c WHERE c.id = m.id)
      ), page AS (
        SELECT id, created_at, rank FROM ordered ORDER BY rank DESC NULLS LAST, created_at DESC, id DESC LIMIT ${limit} OFFSET ${offset}
      )
      SELECT ${this.issueRows.select('i')}, page.rank, (SELECT count(*) FROM matches)::int AS total
      FROM page JOIN issues i ON i.id = page.id
      ORDER BY page.rank DESC NULLS LAST, page.created_at DESC, page.id DESC`;
  }

  /**
   * Search and filters. With `search`, words match without accents or case ("thu tuc" finds
   * "Thủ tục"), title matches rank above description matches; otherwise newest first.
   */
  async list(viewer: Actor | null, filter: IssueFilter, first: number, after?: string | null): Promise<IssuePage> {
    requirePageSize(first, 200);
    const q = new ListQuery();
    const param = (value: unknown) => q.param(value);
    if (!viewer || !hasRole(viewer.role, 'ORGANIZER')) {
      q.filter(viewer ? `(i.hidden_at IS NULL OR i.submitter_id = ${param(viewer.memberId)})` : 'i.hidden_at IS NULL');
    }
    if (filter.kind) {
      if (!ISSUE_KINDS.includes(filter.kind)) throw DomainError.badInput('filter.kind', `must be one of ${ISSUE_KINDS.join(', ')}`);
      q.filter(`i.kind = ${param(filter.kind)}`);
    }
    if (filter.status) {
      if (!ISSUE_STATUSES.includes(filter.status)) throw DomainError.badInput('filter.status', `must be one of ${ISSUE_STATUSES.join(', ')}`);
      q.filter(`i.status = ${param(filter.status)}`);
    }
    if (filter.topic) {
      const [topic] = normalizeTopics([filter.topic]);
      if (topic) q.filter(`i.topics @> ARRAY[${param(topic)}]::text[]`);
    }
    if (filter.submitterId) q.filter(`i.submitter_id = ${param(requireId('filter.submitterId', filter.submitterId))}`);
    if (filter.addressedToOrganizationId) {
      q.filter(`i.addressed_to_organization_id = ${param(requireId('filter.addressedToOrganizationId', filter.addressedToOrganizationId))}`);
    }
    if (filter.hidden === true) {
      // Only organizers see others' hidden issues; a member asking gets their own hidden ones.
      q.filter('i.hidden_at IS NOT NULL');
    } else if (filter.hidden === false) {
      q.filter('i.hidden_at IS NULL');
    }
    if (filter.supportedByMe) {
      q.filter(viewer ? `EXISTS (SELECT 1 FROM issue_supports s WHERE s.issue_id = i.id AND s.member_id = ${param(viewer.memberId)})` : 'false');
    }

    const search = filter.search?.trim();
    let rank = '0::real';
    if (search) {
      if (search.length > 200) throw DomainError.badInput('filter.search', 'must be at most 200 characters');
      const query = param(search);
      // Words without accents or case, through the full-text GIN index (title weighed over
      // description); how closely the title resembles the words breaks ties.
      q.filter(`i.search_document @@ plainto_tsquery('simple', immutable_unaccent(lower(${query})))`);
      rank = `(ts_rank_cd(i.search_document, plainto_tsquery('simple', immutable_unaccent(lower(${query}))), 1) + word_similarity(immutable_unaccent(lower(${query})), i.title_folded) * 0.1)::real`;
    }
    const whereSql = q.filterWhere;
    const counting = q.countSql('FROM issues i');
    const count = async () => (await this.dataSource.query(counting.sql, counting.params))[0].total as number;

    if (search || filter.mostSupported) {
      // Ranked results page by offset: the order is a computed score, for which every match is
      // ranked anyway, so the same statement counts them.
      const offset = after ? Number(decodeCursor(after, isCursorObject).o) : 0;
      if (!Number.isSafeInteger(offset) || offset < 0 || offset > 100_000) throw DomainError.badInput('after', 'is not a cursor returned by this query');
      // Not a prepared statement: how many issues match the words decides the best plan (index or
      // scan), and a cached generic plan would choose once for all searches.
      const rows: Record<string, unknown>[] = search
        ? await this.dataSource.query(this.searchStatement(whereSql, rank, q.limit(first), param(offset), param(offset + first + 1)), q.params)
        : await this.dataSource.query(
            `SELECT ${this.issueRows.select('i')}, ${rank} AS rank, count(*) OVER ()::int AS total
             FROM issues i ${whereSql} ORDER BY i.support_count DESC, i.created_at DESC, i.id DESC LIMIT ${q.limit(first)} OFFSET ${param(offset)}`,
            q.params,
          );
      const items = rows.slice(0, first).map((row) => this.issueRows.read(row) as Issue);
      const total = rows.length > 0 ? (rows[0].total as number) : null;
      return {
        items,
        cursors: items.map((_, index) => encodeCursor({ o: offset + index + 1 })),
        totalCount: total === null ? count : async () => total,
        hasNextPage: rows.length > first,
      };
    }
    if (after) {
      const { c, i } = decodeCursor(after, isCursorObject);
      if (typeof c !== 'string' || !isUtcInstant(c) || typeof i !== 'string' || !isUuid(i)) {
        throw DomainError.badInput('after', 'is not a cursor returned by this query');
      }
      q.after(`(i.created_at, i.id) < (${param(c)}::timestamptz, ${param(i)})`);
    }
    // Not prepared either: the filters' selectivity (a rare kind, one submitter) decides the plan.
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${this.issueRows.select('i')}, to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
       FROM issues i ${q.where} ORDER BY i.created_at DESC, i.id DESC LIMIT ${q.limit(first)}`,
      q.params,
    );
    const page = pageOf(rows, first);
    const items = page.rows.map((row) => this.issueRows.read(row) as Issue);
    return {
      items,
      // The instant to the microsecond, in UTC: a JavaScript Date would drop the microseconds
      // and skip issues created within the same millisecond.
      cursors: page.rows.map((row) => encodeCursor({ c: row.cursor_at, i: row.id })),
      totalCount: count,
      hasNextPage: page.hasNextPage,
    };
  }

  /** Open issues that look like the one being written, so the same obstacle is not raised ten times. */
  async similar(viewer: Actor | null, title: string, description?: string | null): Promise<Issue[]> {
    const text = `${title} ${description ?? ''}`.trim().slice(0, 1000);
    if (text.length < 3) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT i.id FROM issues i
       WHERE immutable_unaccent(lower($1)) <% i.title_folded
         AND i.hidden_at IS NULL AND i.status = ANY($2)
       ORDER BY word_similarity(immutable_unaccent(lower($1)), i.title_folded) DESC, i.support_count DESC
       LIMIT 5`,
      [title.slice(0, 200), [...OPEN_STATUSES]],
    );
    const found = await this.findByIds(rows.map((r) => r.id));
    return found.filter((issue): issue is Issue => !!issue && this.canSee(viewer, issue));
  }

  /** Timelines of many issues, each in order. For DataLoaders. */
  async timelinesOf(issueIds: readonly string[]): Promise<IssueEvent[][]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query('SELECT * FROM issue_events WHERE issue_id = ANY($1) ORDER BY at, id', [[...issueIds]]);
    const events = rows.map(toIssueEvent);
    return issueIds.map((id) => events.filter((event) => event.issueId === id));
  }

  /** Whether `memberId` supports each issue. For DataLoaders. */
  async supportedBy(memberId: string, issueIds: readonly string[]): Promise<boolean[]> {
    const rows: { issue_id: string }[] = await this.dataSource.query('SELECT issue_id FROM issue_supports WHERE member_id = $1 AND issue_id = ANY($2)', [
      memberId,
      [...issueIds],
    ]);
    const supported = new Set(rows.map((r) => r.issue_id));
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
    const rows: { id: string; submitter_id: string; duplicate_of_id: string | null }[] = await this.dataSource.query(
      `SELECT id, submitter_id, duplicate_of_id FROM issues WHERE id = ANY($1) OR duplicate_of_id = ANY($1) ORDER BY created_at, id`,
      [[...issueIds]],
    );
    return issueIds.map((id) => {
      const own = rows.find((r) => r.id === id);
      const duplicates = rows.filter((r) => r.duplicate_of_id === id).map((r) => r.submitter_id);
      return [...new Set([...(own ? [own.submitter_id] : []), ...duplicates])];
    });
  }

  /** The submitter and the supporters hear of a status change (not the organizer who made it). */
  private async tellFollowers(manager: EntityManager, issue: Issue, actor: Actor, status: IssueStatus): Promise<void> {
    const followers: { member_id: string }[] = await manager.query(
      `SELECT $1::uuid AS member_id UNION SELECT member_id FROM issue_supports WHERE issue_id = $2`,
      [issue.submitterId, issue.id],
    );
    await enqueueOutbox(
      manager,
      followers
        .filter((f) => f.member_id !== actor.memberId)
        .map((f) => ({ kind: 'issue.status', memberId: f.member_id, payload: { issueId: issue.id, from: issue.status, to: status } })),
    );
  }

  private async mergeInto(manager: EntityManager, actor: Actor, duplicate: Issue, originalId: string, now: Date): Promise<void> {
    if (originalId === duplicate.id) throw DomainError.badInput('duplicateOfId', 'must be another issue');
    const [original] = await manager.query('SELECT id, status, duplicate_of_id FROM issues WHERE id = $1 FOR UPDATE', [originalId]);
    if (!original) throw DomainError.badInput('duplicateOfId', 'no issue has this id');
    if (original.status === 'DUPLICATE') throw DomainError.badInput('duplicateOfId', 'is itself a duplicate; point to its original');
    // Supports follow the issue they were given to.
    const moved: unknown[] = await manager.query(
      `INSERT INTO issue_supports (issue_id, member_id, created_at)
       SELECT $1, member_id, created_at FROM issue_supports WHERE issue_id = $2
       ON CONFLICT DO NOTHING RETURNING member_id`,
      [originalId, duplicate.id],
    );
    await manager.query('UPDATE issues SET support_count = support_count + $2 WHERE id = $1', [originalId, moved.length]);
    await recordIssueEvent(manager, {
      issueId: originalId,
      type: 'DUPLICATE_MERGED',
      actorId: actor.memberId,
      data: { duplicateId: duplicate.id, duplicateTitle: duplicate.title, submitterId: duplicate.submitterId, supportsMoved: moved.length },
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
