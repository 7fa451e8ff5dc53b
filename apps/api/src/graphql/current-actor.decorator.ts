import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor, DomainError } from '@app/core';
import type { GraphqlContext } from './graphql-context';

export function actorOf(context: GraphqlContext, required: boolean): Actor | null {
  if (context.authError) throw context.authError;
  if (required && !context.actor) throw DomainError.unauthenticated();
  return context.actor;
}

/** The signed-in caller; UNAUTHENTICATED when there is none. */
export const CurrentActor = createParamDecorator((_: unknown, execution: ExecutionContext): Actor => {
  return actorOf(GqlExecutionContext.create(execution).getContext<GraphqlContext>(), true) as Actor;
});

/** The signed-in caller or null (anonymous allowed). */
export const OptionalActor = createParamDecorator((_: unknown, execution: ExecutionContext): Actor | null => {
  return actorOf(GqlExecutionContext.create(execution).getContext<GraphqlContext>(), false);
});

/** The whole request context (loaders, client address). */
export const Ctx = createParamDecorator((_: unknown, execution: ExecutionContext): GraphqlContext => {
  return GqlExecutionContext.create(execution).getContext<GraphqlContext>();
});

/**
 * Field resolvers take graphql-js's own arguments `(parent, args, context)` instead of parameter
 * decorators: Nest then calls the method directly rather than through its per-call context
 * machinery, which cost ~6 µs a field (hundreds of fields on a page of meetups).
 */
export type NoArgs = Record<string, never>;

/** The signed-in caller or null, for field resolvers (see `NoArgs`). */
export function optionalActor(context: GraphqlContext): Actor | null {
  return actorOf(context, false);
}

/**
 * The answer of a non-null field whose object comes from a loader that answers only what the
 * caller may see. Its parent was visible to the caller, so the object is too; were it ever not,
 * the field is NOT_FOUND rather than a leak.
 */
export function reachable<T>(value: T | null | undefined, what: string, id: string): T {
  if (value === null || value === undefined) throw DomainError.notFound(what, id);
  return value;
}
