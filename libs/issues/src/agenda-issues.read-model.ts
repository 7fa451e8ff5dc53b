import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '@app/core';
import { EntityRows, queryPrepared } from '@app/database';
import { AgendaItem } from '@app/meetups';
import { Member } from '@app/members';
import { Issue, IssueKind, IssueStatus } from './issue.entity';
import { HiddenTitleLanguage, IssueVisibilityState, agendaTitleFor } from './issue-visibility';
import { issueVisibilityStates } from './issues.repository';

/**
 * An agenda point read with its issue carries what the visibility policy needs of that issue
 * under this key, so its title is decided for the viewer without another query.
 */
export const POINT_ISSUE_STATE = Symbol('pointIssueState');
export type AgendaItemWithIssueState = AgendaItem & { [POINT_ISSUE_STATE]?: IssueVisibilityState | null };

function withIssueState(item: AgendaItem, issue: IssueVisibilityState | null): AgendaItem {
  (item as AgendaItemWithIssueState)[POINT_ISSUE_STATE] = issue ? { hiddenAt: issue.hiddenAt, submitterId: issue.submitterId } : null;
  return item;
}

/** Who raised an issue, as an agenda shows them. */
export type MemberPreview = Pick<Member, 'id' | 'name' | 'role'>;

/**
 * What an agenda shows of an issue: a few columns (with what `canSee` needs) and its submitter.
 * Not an `Issue`: only for answers that ask for no other field (the api checks the selection).
 */
export type IssuePreview = Pick<Issue, 'id' | 'title' | 'kind' | 'status' | 'supportCount' | 'createdAt' | 'updatedAt' | 'hiddenAt' | 'submitterId'> & {
  submitter: MemberPreview | null;
};

/** A point of an agenda with the preview of the issue it discusses, if any. */
export interface AgendaPointPreview {
  item: AgendaItem;
  issue: IssuePreview | null;
}

/** A point of an agenda with the issue it discusses and who raised that issue. */
export interface AgendaPoint {
  item: AgendaItem;
  issue: Issue | null;
  submitter: Member | null;
}

/**
 * A read model: agendas with the issues they discuss and who raised them, read across agenda
 * items (the meetups feature's), issues and members in one statement each. It reads and never
 * writes; whether a viewer may see an issue is the caller's check (`IssuesService.canSee`).
 */
export class AgendaIssuesReadModel {
  private readonly issueRows: EntityRows<Issue>;
  private readonly agendaRows: EntityRows<AgendaItem>;
  private readonly memberRows: EntityRows<Member>;

  constructor(private readonly dataSource: DataSource) {
    this.issueRows = new EntityRows(dataSource, Issue);
    this.agendaRows = new EntityRows(dataSource, AgendaItem);
    this.memberRows = new EntityRows(dataSource, Member);
  }

  /** Agenda items that discuss each issue, oldest first. For DataLoaders. */
  async agendaItemsOf(issueIds: readonly string[]): Promise<AgendaItem[][]> {
    const rows = await this.dataSource.manager.find(AgendaItem, { where: { issueId: In([...issueIds]) }, order: { createdAt: 'ASC' } });
    return issueIds.map((id) => rows.filter((row) => row.issueId === id));
  }

  /**
   * The agendas of many meetups (each in order) with each point's issue and that issue's
   * submitter, in one statement: what a list of meetups with their agendas shows. For DataLoaders;
   * whether the caller may see an issue is the caller's check (`canSee`).
   */
  async agendasWithIssuesOf(meetupIds: readonly string[]): Promise<AgendaPoint[][]> {
    const rows = await queryPrepared(
      this.dataSource,
      `SELECT ${this.agendaRows.select('a', 'a_')}, ${this.issueRows.select('i', 'i_')}, ${this.memberRows.select('sm', 'sm_')}
       FROM agenda_items a
       LEFT JOIN issues i ON i.id = a.issue_id
       LEFT JOIN members sm ON sm.id = i.submitter_id
       WHERE a.meetup_id = ANY($1) ORDER BY a.position`,
      [[...meetupIds]],
    );
    const byMeetup = new Map<string, AgendaPoint[]>(meetupIds.map((id) => [id, []]));
    for (const row of rows) {
      const issue = this.issueRows.read(row, 'i_');
      byMeetup.get(row.a_meetup_id as string)?.push({
        item: withIssueState(this.agendaRows.read(row, 'a_') as AgendaItem, issue),
        issue,
        submitter: this.memberRows.read(row, 'sm_'),
      });
    }
    return meetupIds.map((id) => byMeetup.get(id) ?? []);
  }

  /**
   * The agendas of many meetups, each in order, with only what an agenda shows of each point's
   * issue (`withIssues`) — a fraction of the columns of `agendasWithIssuesOf`, for answers that
   * need no more. For DataLoaders.
   */
  async agendaPreviewsOf(meetupIds: readonly string[], withIssues: boolean): Promise<AgendaPointPreview[][]> {
    const rows = await queryPrepared(
      this.dataSource,
      withIssues
        ? `SELECT ${this.agendaRows.select('a', 'a_')},
                  i.id AS i_id, i.title AS i_title, i.kind AS i_kind, i.status AS i_status, i.support_count AS i_support_count,
                  i.created_at AS i_created_at, i.updated_at AS i_updated_at, i.hidden_at AS i_hidden_at, i.submitter_id AS i_submitter_id,
                  sm.id AS sm_id, sm.name AS sm_name, sm.role AS sm_role
           FROM agenda_items a
           LEFT JOIN issues i ON i.id = a.issue_id
           LEFT JOIN members sm ON sm.id = i.submitter_id
           WHERE a.meetup_id = ANY($1) ORDER BY a.position`
        : // Without the issues, still what the policy needs of each (hidden, by whom) for the points' titles.
          `SELECT ${this.agendaRows.select('a', 'a_')}, i.hidden_at AS i_hidden_at, i.submitter_id AS i_submitter_id
           FROM agenda_items a LEFT JOIN issues i ON i.id = a.issue_id
           WHERE a.meetup_id = ANY($1) ORDER BY a.position`,
      [[...meetupIds]],
    );
    const byMeetup = new Map<string, AgendaPointPreview[]>(meetupIds.map((id) => [id, []]));
    for (const row of rows) {
      const issue: IssuePreview | null = row.i_id
        ? {
            id: row.i_id as string,
            title: row.i_title as string,
            kind: row.i_kind as IssueKind,
            status: row.i_status as IssueStatus,
            supportCount: row.i_support_count as number,
            createdAt: row.i_created_at as Date,
            updatedAt: row.i_updated_at as Date,
            hiddenAt: row.i_hidden_at as Date | null,
            submitterId: row.i_submitter_id as string,
            submitter: row.sm_id ? { id: row.sm_id as string, name: row.sm_name as string, role: row.sm_role as Member['role'] } : null,
          }
        : null;
      const state = row.i_submitter_id ? { hiddenAt: row.i_hidden_at as Date | null, submitterId: row.i_submitter_id as string } : null;
      byMeetup.get(row.a_meetup_id as string)?.push({ item: withIssueState(this.agendaRows.read(row, 'a_') as AgendaItem, state), issue });
    }
    return meetupIds.map((id) => byMeetup.get(id) ?? []);
  }
}

/**
 * Agenda points as the viewer may read them, wherever an agenda is printed outside GraphQL (a
 * calendar file, the embed, the minutes exports, the digest): a point copied from an issue that
 * is now hidden reads as the placeholder to whoever may not see that issue (`agendaTitleFor`).
 */
export async function agendaAsShown<T extends { title: string; issueId: string | null }>(
  db: EntityManager,
  viewer: Actor | null,
  items: readonly T[],
  language: HiddenTitleLanguage,
): Promise<T[]> {
  const states = await issueVisibilityStates(
    db,
    items.map((item) => item.issueId).filter((id): id is string => !!id),
  );
  return items.map((item) => ({ ...item, title: agendaTitleFor(viewer, item, item.issueId ? states.get(item.issueId) : null, language) }));
}
