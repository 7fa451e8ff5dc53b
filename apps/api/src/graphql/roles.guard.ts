import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, Role, hasRole } from '@app/core';
import { actorOf } from './current-actor.decorator';
import type { GraphqlContext } from './graphql-context';

const REQUIRED_ROLE = 'requiredRole';

/** The least role an operation needs. The service checks again, next to its rule. */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);

/** Refuses early, before arguments are read, callers whose role is too low. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(execution: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [execution.getHandler(), execution.getClass()]);
    if (!required || execution.getType<string>() !== 'graphql') return true;
    const actor = actorOf(GqlExecutionContext.create(execution).getContext<GraphqlContext>(), true);
    if (!actor || !hasRole(actor.role, required)) {
      throw DomainError.forbidden(`This needs the ${required} role`);
    }
    return true;
  }
}
