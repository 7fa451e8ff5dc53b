import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfoModel;
  /** Started only when awaited: a page asked for without `totalCount` runs no count. */
  totalCount: PromiseLike<number>;
}

/** A Relay connection type (`edges { cursor node }`, `pageInfo`, `totalCount`) for `node`. */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfoModel) pageInfo: PageInfoModel;
    @Field(() => Int) totalCount: PromiseLike<number>;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}

/** A promise that calls `start` when first awaited (graphql-js awaits a field's value only if the field was asked for). */
function lazy<T>(start: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then(onFulfilled, onRejected) {
      started ??= start();
      return started.then(onFulfilled, onRejected);
    },
  };
}

export function toConnection<T>(page: { items: T[]; cursors: string[]; totalCount: () => Promise<number>; hasNextPage: boolean }): ConnectionShape<T> {
  return {
    edges: page.items.map((node, i) => ({ cursor: page.cursors[i], node })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors[page.cursors.length - 1] ?? null },
    totalCount: lazy(page.totalCount),
  };
}
