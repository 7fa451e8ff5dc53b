import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, hasRole } from '@app/core';
import { Member } from '@app/members';
import { Affiliation, AffiliationRole, AffiliationStatus, AffiliationsService, Organization } from '@app/organizations';
import { Ctx, CurrentActor, NoArgs, optionalActor } from '../graphql/current-actor.decorator';
import { AffiliationRoleEnum, AffiliationStatusEnum } from '../graphql/enums';
import type { GraphqlContext } from '../graphql/graphql-context';
import { MemberModel } from '../members/member.model';
import { AffiliationModel } from './affiliation.model';
import { OrganizationModel } from './organization.model';

@Resolver(() => AffiliationModel)
export class AffiliationsResolver {
  constructor(private readonly affiliations: AffiliationsService) {}

  @Query(() => [AffiliationModel], {
    description:
      "Requests to speak for an organisation waiting for a decision, oldest first: every organisation's for organizers, their own organisations' for its administrators",
  })
  affiliationRequests(@CurrentActor() actor: Actor): Promise<Affiliation[]> {
    return this.affiliations.pending(actor);
  }

  @Mutation(() => AffiliationModel, {
    description: "Organizers, or an administrator of the organisation: confirms a member's request (or changes a confirmed member's role)",
  })
  confirmAffiliation(
    @CurrentActor() actor: Actor,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('role', { type: () => AffiliationRoleEnum, defaultValue: AffiliationRoleEnum.MEMBER }) role: AffiliationRoleEnum,
  ): Promise<Affiliation> {
    return this.affiliations.confirm(actor, memberId, role as AffiliationRole);
  }

  @Mutation(() => [AffiliationModel], { description: 'Confirms many waiting requests as members at once, all or none' })
  confirmAffiliations(@CurrentActor() actor: Actor, @Args('memberIds', { type: () => [ID] }) memberIds: string[]): Promise<Affiliation[]> {
    return this.affiliations.confirmMany(actor, memberIds);
  }

  @Mutation(() => Boolean, { description: 'Organizers, or an administrator of the organisation: declines a waiting request (the member is told)' })
  declineAffiliation(@CurrentActor() actor: Actor, @Args('memberId', { type: () => ID }) memberId: string): Promise<boolean> {
    return this.affiliations.decline(actor, memberId);
  }

  @Mutation(() => Boolean, { description: "Ends an affiliation: the member themself, organizers, or the organisation's administrators" })
  endAffiliation(@CurrentActor() actor: Actor, @Args('memberId', { type: () => ID }) memberId: string): Promise<boolean> {
    return this.affiliations.end(actor, memberId);
  }

  @ResolveField(() => MemberModel)
  async member(affiliation: Affiliation, _args: NoArgs, context: GraphqlContext): Promise<Member> {
    return (await context.loaders.member.load(affiliation.memberId)) as Member;
  }

  @ResolveField(() => OrganizationModel)
  async organization(affiliation: Affiliation, _args: NoArgs, context: GraphqlContext): Promise<Organization> {
    return (await context.loaders.organization.load(affiliation.organizationId)) as Organization;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The domain of the member's e-mail address (hue.gov.vn…), which helps decide a request without showing the address",
  })
  async emailDomain(affiliation: Affiliation, _args: NoArgs, context: GraphqlContext): Promise<string | null> {
    const member = await context.loaders.member.load(affiliation.memberId);
    const at = member?.email?.lastIndexOf('@') ?? -1;
    return member?.email && at >= 0 ? member.email.slice(at + 1) : null;
  }
}

/** The affiliation fields of Member and Organization. */
@Resolver(() => MemberModel)
export class MemberAffiliationFieldsResolver {
  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The organisation that confirmed the member (a request still waiting shows nothing)' })
  async organization(member: Member, _args: NoArgs, context: GraphqlContext): Promise<Organization | null> {
    const affiliation = await context.loaders.affiliation.load(member.id);
    return affiliation?.status === 'CONFIRMED' ? context.loaders.organization.load(affiliation.organizationId) : null;
  }

  @ResolveField(() => AffiliationModel, {
    nullable: true,
    description: "The member's request or confirmed tie to an organisation: visible to the member themself and to organizers",
  })
  async affiliation(member: Member, _args: NoArgs, context: GraphqlContext): Promise<Affiliation | null> {
    const viewer = optionalActor(context);
    if (!viewer || (viewer.memberId !== member.id && !hasRole(viewer.role, 'ORGANIZER'))) return null;
    return context.loaders.affiliation.load(member.id);
  }
}

@Resolver(() => OrganizationModel)
export class OrganizationAffiliationFieldsResolver {
  constructor(private readonly affiliationsService: AffiliationsService) {}

  @ResolveField(() => [AffiliationModel], {
    description: "Who speaks for the organisation (and who asked to): organizers and the organisation's administrators",
  })
  affiliations(
    @Parent() organization: Organization,
    @Ctx() context: GraphqlContext,
    @Args('status', { type: () => AffiliationStatusEnum, nullable: true }) status?: AffiliationStatusEnum | null,
  ): Promise<Affiliation[]> {
    return this.affiliationsService.ofOrganization(optionalActor(context), organization.id, (status ?? null) as AffiliationStatus | null);
  }
}
