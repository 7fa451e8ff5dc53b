import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { AgendaItem, AgendaService } from '@app/meetups';
import { CurrentActor } from '../graphql/current-actor.decorator';
import { RequireRole } from '../graphql/roles.guard';
import { AgendaItemInput, AgendaItemModel, UpdateAgendaItemInput } from './meetup.model';

@Resolver(() => AgendaItemModel)
export class AgendaResolver {
  constructor(private readonly agenda: AgendaService) {}

  @Mutation(() => AgendaItemModel)
  @RequireRole('ORGANIZER')
  addAgendaItem(
    @CurrentActor() actor: Actor,
    @Args('meetupId', { type: () => ID }) meetupId: string,
    @Args('input') input: AgendaItemInput,
  ): Promise<AgendaItem> {
    return this.agenda.add(actor, meetupId, input);
  }

  @Mutation(() => AgendaItemModel)
  @RequireRole('ORGANIZER')
  updateAgendaItem(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateAgendaItemInput): Promise<AgendaItem> {
    return this.agenda.update(actor, id, { ...input, title: input.title ?? undefined });
  }

  @Mutation(() => [AgendaItemModel], { description: 'Removes an item; returns the agenda that remains' })
  @RequireRole('ORGANIZER')
  removeAgendaItem(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<AgendaItem[]> {
    return this.agenda.remove(actor, id);
  }

  @Mutation(() => [AgendaItemModel], { description: 'Puts the agenda in the given order (every item once)' })
  @RequireRole('ORGANIZER')
  reorderAgenda(
    @CurrentActor() actor: Actor,
    @Args('meetupId', { type: () => ID }) meetupId: string,
    @Args('itemIds', { type: () => [ID] }) itemIds: string[],
  ): Promise<AgendaItem[]> {
    return this.agenda.reorder(actor, meetupId, itemIds);
  }
}
