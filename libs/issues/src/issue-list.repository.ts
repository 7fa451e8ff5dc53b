import { DataSource } from 'typeorm';
import { EntityRows, ListQuery, pageOf } from '@app/database';
import { Issue, IssueKind, IssueStatus } from './issue.entity';

/** How many of a search's matches, the newest, are ranked (`searchStatement`). */
export const SEARCH_CANDIDATES = 200;

/** What a list of issues is narrowed to, checked by the service. */
export interface IssueListCriteria {
  /** 'everything' (organizers), a member (visible issues and their own hidden ones), or null (visible issues). */
  seenBy: 'everything' | string | null;
  kind: IssueKind | null;
  status: IssueStatus | null;
  topic: string | null;
  submitterId: string | null;
  addressedToOrganizationId: string | null;
  /** Only hidden issues (true) or only visible ones (false). */
  hidden: boolean | null;
  /** Only the issues this member supports; 'nobody' for a visitor who asked (none). */
  supportedBy: string | 'nobody' | null;
  /** Words to find, accent- and case-insensitive. */
  search: string | null;
}

/**
 * The statements of the issue lists: newest first page by page (keyset), or ranked (by the words
 * searched, or by support) page by offset. Not prepared statements: how many issues match the
 * words, or how selective a filter is (a rare kind, one submitter), decides the best plan, and a
 * cached generic plan would choose once for all.
 */
export class IssueListRepository {
  private readonly issueRows: EntityRows<Issue>;

  constructor(private readonly dataSource: DataSource) {
    this.issueRows = new EntityRows(dataSource, Issue);
  }

  /** Newest first, after the cursor (the instant to the microsecond, in UTC, and the id). */
  async newest(criteria: IssueListCriteria, first: number, after: { createdAt: string; id: string } | null) {
    const { q } = this.filtered(criteria);
    const counting = q.countSql('FROM issues i');
    if (after) q.after(`(i.created_at, i.id) < (${q.param(after.createdAt)}::timestamptz, ${q.param(after.id)})`);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${this.issueRows.select('i')}, to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
       FROM issues i ${q.where} ORDER BY i.created_at DESC, i.id DESC LIMIT ${q.limit(first)}`,
      q.params,
    );
    const page = pageOf(rows, first);
    return {
      // A JavaScript Date would drop the microseconds and skip issues created within the same millisecond.
      items: page.rows.map((row) => ({ issue: this.issueRows.read(row) as Issue, cursorAt: row.cursor_at as string })),
      hasNextPage: page.hasNextPage,
      count: async () => (await this.dataSource.query(counting.sql, counting.params))[0].total as number,
    };
  }

  /** Ranked by the words searched (or, without words, most supported first), from `offset`; the same statement counts every match. */
  async ranked(criteria: IssueListCriteria, first: number, offset: number) {
    const { q, rank } = this.filtered(criteria);
    const counting = q.countSql('FROM issues i');
    const whereSql = q.filterWhere;
    const rows: Record<string, unknown>[] = criteria.search
      ? await this.dataSource.query(this.searchStatement(whereSql, rank, q.limit(first), q.param(offset), q.param(offset + first + 1)), q.params)
      : await this.dataSource.query(
          `SELECT ${this.issueRows.select('i')}, ${rank} AS rank, count(*) OVER ()::int AS total
           FROM issues i ${whereSql} ORDER BY i.support_count DESC, i.created_at DESC, i.id DESC LIMIT ${q.limit(first)} OFFSET ${q.param(offset)}`,
          q.params,
        );
    const page = pageOf(rows, first);
    return {
      items: page.rows.map((row) => this.issueRows.read(row) as Issue),
      total: rows.length > 0 ? (rows[0].total as number) : null,
      hasNextPage: page.hasNextPage,
      count: async () => (await this.dataSource.query(counting.sql, counting.params))[0].total as number,
    };
  }

  private filtered(criteria: IssueListCriteria): { q: ListQuery; rank: string } {
    const q = new ListQuery();
    if (criteria.seenBy !== 'everything') {
      q.filter(criteria.seenBy ? `(i.hidden_at IS NULL OR i.submitter_id = ${q.param(criteria.seenBy)})` : 'i.hidden_at IS NULL');
    }
    if (criteria.kind) q.filter(`i.kind = ${q.param(criteria.kind)}`);
    if (criteria.status) q.filter(`i.status = ${q.param(criteria.status)}`);
    if (criteria.topic) q.filter(`i.topics @> ARRAY[${q.param(criteria.topic)}]::text[]`);
    if (criteria.submitterId) q.filter(`i.submitter_id = ${q.param(criteria.submitterId)}`);
    if (criteria.addressedToOrganizationId) q.filter(`i.addressed_to_organization_id = ${q.param(criteria.addressedToOrganizationId)}`);
    // Only organizers see others' hidden issues; a member asking gets their own hidden ones.
    if (criteria.hidden === true) q.filter('i.hidden_at IS NOT NULL');
    else if (criteria.hidden === false) q.filter('i.hidden_at IS NULL');
    if (criteria.supportedBy === 'nobody') q.filter('false');
    else if (criteria.supportedBy)
      q.filter(`EXISTS (SELECT 1 FROM issue_supports s WHERE s.issue_id = i.id AND s.member_id = ${q.param(criteria.supportedBy)})`);
    let rank = '0::real';
    if (criteria.search) {
      const words = q.param(criteria.search);
      // Words without accents or case, through the full-text GIN index (title weighed over
      // description); how closely the title resembles the words breaks ties.
      q.filter(`i.search_document @@ plainto_tsquery('simple', immutable_unaccent(lower(${words})))`);
      rank = `(ts_rank_cd(i.search_document, plainto_tsquery('simple', immutable_unaccent(lower(${words}))), 1) + word_similarity(immutable_unaccent(lower(${words})), i.title_folded) * 0.1)::real`;
    }
    return { q, rank };
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
}
