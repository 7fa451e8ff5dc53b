import { Args, Field, ID, Int, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/scalars';
import type { Actor } from '@app/core';
import type { Member } from '@app/members';
import { DeliveryRecord, DeliveryService } from '@app/notifications';
import { CurrentActor, NoArgs } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { RequireRole } from '../graphql/roles.guard';
import { MemberModel } from '../members/member.model';

@ObjectType('Delivery', { description: 'One e-mail: PENDING, SENT, FAILED (with the reason) or SKIPPED (turned off, nothing to say)' })
export class DeliveryModel {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() status: string;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) sentAt: Date | null;
}

@Resolver(() => DeliveryModel)
export class DeliveriesResolver {
  constructor(private readonly deliveryService: DeliveryService) {}

  @Query(() => [DeliveryModel], {
    description:
      "E-mails, newest first: a meetup's (optionally to one member) for the organizers of its series and admins; all of a member's (memberId alone) for admins",
  })
  @RequireRole('ORGANIZER')
  deliveries(
    @CurrentActor() actor: Actor,
    @Args('meetupId', { type: () => ID, nullable: true }) meetupId: string | null,
    @Args('memberId', { type: () => ID, nullable: true }) memberId: string | null,
  ): Promise<DeliveryRecord[]> {
    return this.deliveryService.listFor(actor, { meetupId, memberId });
  }

  @ResolveField(() => MemberModel, { nullable: true })
  member(delivery: DeliveryRecord, _args: NoArgs, context: GraphqlContext): Promise<Member | null> | null {
    return delivery.memberId ? context.loaders.member.load(delivery.memberId) : null;
  }
}
