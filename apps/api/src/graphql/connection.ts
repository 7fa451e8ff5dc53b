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
  totalCount: number;
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
    @Field(() => Int) totalCount: number;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}

export function toConnection<T>(page: { items: T[]; cursors: string[]; totalCount: number; hasNextPage: boolean }): ConnectionShape<T> {
  return {
    edges: page.items.map((node, i) => ({ cursor: page.cursors[i], node })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors[page.cursors.length - 1] ?? null },
    totalCount: page.totalCount,
  };
}
