import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@app/core';
import { Organization, OrganizationsService } from '@app/organizations';
import { CurrentActor } from '../graphql/current-actor.decorator';
import { RequireRole } from '../graphql/roles.guard';
import { CreateOrganizationInput, OrganizationModel, UpdateOrganizationInput } from './organization.model';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly organizationsService: OrganizationsService) {}

  @Query(() => [OrganizationModel], { description: 'Every organisation, by name; `search` ignores case and accents' })
  organizations(@Args('search', { type: () => String, nullable: true }) search?: string | null): Promise<Organization[]> {
    return this.organizationsService.list(search);
  }

  @Query(() => OrganizationModel, { nullable: true })
  organization(@Args('id', { type: () => ID }) id: string): Promise<Organization | null> {
    return this.organizationsService.findById(id);
  }

  @Mutation(() => OrganizationModel)
  @RequireRole('ORGANIZER')
  createOrganization(@CurrentActor() actor: Actor, @Args('input') input: CreateOrganizationInput): Promise<Organization> {
    return this.organizationsService.create(actor, input);
  }

  @Mutation(() => OrganizationModel, { description: 'Organizers, or a member of that organisation: its ecosystem profile' })
  updateOrganization(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<Organization> {
    return this.organizationsService.update(actor, id, input);
  }
}
