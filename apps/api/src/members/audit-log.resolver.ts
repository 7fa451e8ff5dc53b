import { Args, Field, ID, Int, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/scalars';
import type { Actor } from '@app/core';
import { AuditLogReader, AuditRecord } from '@app/database';
import type { Member } from '@app/members';
import { CurrentActor, NoArgs } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { RequireRole } from '../graphql/roles.guard';
import { MemberModel } from './member.model';

@ObjectType('AuditEntry', { description: 'An organizer or admin action, with what it changed' })
export class AuditEntryModel {
  @Field(() => ID) id: string;
  @Field() action: string;
  @Field() targetType: string;
  @Field() targetId: string;
  @Field(() => String, { nullable: true, description: 'JSON' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'JSON' }) after: string | null;
  @Field(() => DateTimeScalar) at: Date;
}

@Resolver(() => AuditEntryModel)
export class AuditLogResolver {
  constructor(private readonly reader: AuditLogReader) {}

  @Query(() => [AuditEntryModel], { description: 'Admins: organizer and admin actions, newest first' })
  @RequireRole('ADMIN')
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('targetType', { type: () => String, nullable: true }) targetType: string | null,
    @Args('targetId', { type: () => String, nullable: true }) targetId: string | null,
  ): Promise<AuditEntryModel[]> {
    const rows = await this.reader.latest(actor, first, { targetType, targetId });
    return rows.map(
      (r) => ({ ...r, before: r.before ? JSON.stringify(r.before) : null, after: r.after ? JSON.stringify(r.after) : null }) as AuditEntryModel & AuditRecord,
    );
  }

  @ResolveField(() => MemberModel, { nullable: true })
  actor(entry: AuditRecord, _args: NoArgs, context: GraphqlContext): Promise<Member | null> | null {
    return entry.actorId ? context.loaders.member.load(entry.actorId) : null;
  }
}
