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
