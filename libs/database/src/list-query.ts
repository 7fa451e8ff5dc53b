import { DomainError } from '@app/core';

/**
 * The WHERE of a list query: the filters a caller asked for, each value bound as a parameter,
 * then the keyset of the page asked for (`after`), then the limit. The filters alone count the
 * list (`countSql`), so the total does not depend on the page. One way for every list of the api:
 * issues, meetups, assignments, startup projects.
 */
export class ListQuery {
  readonly params: unknown[] = [];
  private readonly filters: string[] = [];
  private readonly keyset: string[] = [];
  private filterParams = 0;

  /** Binds a value and returns its placeholder (`$n`). */
  param(value: unknown): string {
    return `$${this.params.push(value)}`;
  }

  /** A condition every row of the list meets. Filters come before the keyset and the limit. */
  filter(condition: string): this {
    if (this.keyset.length) throw new Error('ListQuery: filters come before the keyset');
    this.filters.push(condition);
    this.filterParams = this.params.length;
    return this;
  }

  /** The condition that starts the page after the cursor. */
  after(condition: string): this {
    this.keyset.push(condition);
    return this;
  }

  /** `WHERE …` of the filters and the keyset, or nothing. */
  get where(): string {
    const all = [...this.filters, ...this.keyset];
    return all.length ? `WHERE ${all.join(' AND ')}` : '';
  }

  /** `WHERE …` of the filters alone, or nothing (counting, and statements that add their own page). */
  get filterWhere(): string {
    return this.filters.length ? `WHERE ${this.filters.join(' AND ')}` : '';
  }

  /** The placeholder of the page's limit: one row more than asked, to know whether a next page exists. */
  limit(first: number): string {
    return this.param(first + 1);
  }

  /** How many rows the filters select, from `from` (its FROM clause, with the table's alias), with the filters' parameters only. */
  countSql(from: string): { sql: string; params: unknown[] } {
    return { sql: `SELECT count(*)::int AS total ${from} ${this.filterWhere}`, params: this.params.slice(0, this.filterParams) };
  }
}

/** Checks a page size: a whole number from 1 to `max`, named `first` in the error. */
export function requirePageSize(first: number, max: number): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw DomainError.badInput('first', `must be from 1 to ${max}`);
  return first;
}

/** The rows of the page (at most `first`) and whether another page follows (the query asked for one more). */
export function pageOf<T>(rows: T[], first: number): { rows: T[]; hasNextPage: boolean } {
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}
