import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, hasRole } from '@app/core';
import { EcosystemLink, EcosystemMap, ProgrammeTargetsService, StartupProject, StartupProjectsService, Support, TargetProgress } from '@app/ecosystem';
import type { Member } from '@app/members';
import type { Organization, OrganizationKind } from '@app/organizations';
import { ConnectionShape, toConnection } from '../graphql/connection';
import { CurrentActor, NoArgs, optionalActor } from '../graphql/current-actor.decorator';
import { OrganizationKindEnum } from '../graphql/enums';
import type { GraphqlContext } from '../graphql/graphql-context';
import { RequireRole } from '../graphql/roles.guard';
import { MemberModel } from '../members/member.model';
import { GeoPointModel, OrganizationModel } from '../organizations/organization.model';
import {
  EcosystemLinkModel,
  EcosystemMapModel,
  ProgrammeTargetInput,
  ProgrammeTargetModel,
  RecordSupportInput,
  StartupProjectConnection,
  StartupProjectFilter,
  StartupProjectInput,
  StartupProjectModel,
  SupportModel,
} from './ecosystem.model';

/** The ecosystem map, startup projects, support records and the scheme's targets (docs/API.md). */
@Resolver(() => StartupProjectModel)
export class StartupProjectResolver {
  constructor(
    private readonly projects: StartupProjectsService,
    private readonly targets: ProgrammeTargetsService,
  ) {}

  @Query(() => EcosystemMapModel, { description: 'Actors (by kind), projects and who supports which; sector and kinds narrow it' })
  ecosystemMap(
    @Args('sector', { type: () => String, nullable: true }) sector: string | null,
    @Args('kinds', { type: () => [OrganizationKindEnum], nullable: true }) kinds: OrganizationKindEnum[] | null,
  ): Promise<EcosystemMap> {
    return this.projects.map(sector, kinds as OrganizationKind[] | null);
  }

  @Query(() => StartupProjectConnection, { description: 'Startup projects, newest first' })
  async startupProjects(
    @Args('filter', { type: () => StartupProjectFilter, nullable: true }) filter: StartupProjectFilter | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<StartupProject>> {
    return toConnection(await this.projects.list(filter ?? {}, first, after));
  }

  @Query(() => StartupProjectModel, { nullable: true })
  startupProject(@Args('id', { type: () => ID }) id: string): Promise<StartupProject | null> {
    return this.projects.findById(id);
  }

  @Query(() => [ProgrammeTargetModel], { description: "The scheme's targets with the progress measured from the data" })
  programmeTargets(): Promise<TargetProgress[]> {
    return this.targets.list();
  }

  @Mutation(() => StartupProjectModel, { description: 'Any member; they become its contact' })
  registerStartupProject(@CurrentActor() actor: Actor, @Args('input') input: StartupProjectInput): Promise<StartupProject> {
    return this.projects.register(actor, input);
  }

  @Mutation(() => StartupProjectModel, { description: 'Its contact or an organizer' })
  updateStartupProject(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: StartupProjectInput,
  ): Promise<StartupProject> {
    return this.projects.update(actor, id, input);
  }

  @Mutation(() => SupportModel, { description: 'Organizers, or a confirmed member of the providing organisation' })
  recordSupport(@CurrentActor() actor: Actor, @Args('input') input: RecordSupportInput): Promise<Support> {
    return this.projects.recordSupport(actor, input);
  }

  @Mutation(() => SupportModel, {
    description:
      'Organizers, or an administrator of the providing organisation: confirms a support recorded on an unconfirmed claim (the targets count it from then on)',
  })
  confirmSupport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Support> {
    return this.projects.confirmSupport(actor, id);
  }

  @Query(() => [SupportModel], {
    description: "Supports waiting for confirmation, oldest first: all for organizers, their organisations' for its administrators",
  })
  unverifiedSupports(@CurrentActor() actor: Actor): Promise<Support[]> {
    return this.projects.unverifiedSupports(actor);
  }

  @Mutation(() => ProgrammeTargetModel, { description: 'Admins; with id: update that target' })
  @RequireRole('ADMIN')
  setProgrammeTarget(@CurrentActor() actor: Actor, @Args('input') input: ProgrammeTargetInput): Promise<TargetProgress> {
    return this.targets.set(actor, input);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The startup enterprise (kind STARTUP) once incorporated' })
  company(project: StartupProject, _args: NoArgs, context: GraphqlContext): Promise<Organization | null> | null {
    return project.companyId ? context.loaders.organization.load(project.companyId) : null;
  }

  @ResolveField(() => MemberModel, { nullable: true, description: "The member who registered it; their e-mail only as Member's privacy rules allow" })
  contact(project: StartupProject, _args: NoArgs, context: GraphqlContext): Promise<Member | null> | null {
    return project.contactId ? context.loaders.member.load(project.contactId) : null;
  }

  @ResolveField(() => [SupportModel], { description: 'Oldest first' })
  supports(project: StartupProject, _args: NoArgs, context: GraphqlContext): Promise<Support[]> {
    return context.loaders.projectSupports.load(project.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may edit it (its contact or an organizer)' })
  canEdit(project: StartupProject, _args: NoArgs, context: GraphqlContext): boolean {
    const viewer = optionalActor(context);
    return !!viewer && (hasRole(viewer.role, 'ORGANIZER') || viewer.memberId === project.contactId);
  }
}

@Resolver(() => SupportModel)
export class SupportResolver {
  @ResolveField(() => StartupProjectModel)
  project(support: Support, _args: NoArgs, context: GraphqlContext): Promise<StartupProject | null> {
    return context.loaders.project.load(support.projectId);
  }

  @ResolveField(() => OrganizationModel)
  provider(support: Support, _args: NoArgs, context: GraphqlContext): Promise<Organization | null> {
    return context.loaders.organization.load(support.providerId);
  }

  @ResolveField(() => Boolean, {
    description: 'false: recorded by someone whose affiliation with the provider was never confirmed; shown, but not counted in the targets until confirmed',
  })
  verified(support: Support): boolean {
    return support.verifiedAt !== null;
  }
}

@Resolver(() => EcosystemLinkModel)
export class EcosystemLinkResolver {
  @ResolveField(() => OrganizationModel)
  provider(link: EcosystemLink, _args: NoArgs, context: GraphqlContext): Promise<Organization | null> {
    return context.loaders.organization.load(link.providerId);
  }

  @ResolveField(() => StartupProjectModel)
  project(link: EcosystemLink, _args: NoArgs, context: GraphqlContext): Promise<StartupProject | null> {
    return context.loaders.project.load(link.projectId);
  }
}

/** An organisation as an ecosystem actor: its position, projects and the support it gave. */
@Resolver(() => OrganizationModel)
export class OrganizationEcosystemFieldsResolver {
  @ResolveField(() => GeoPointModel, { nullable: true })
  location(organization: Organization): { latitude: number; longitude: number } | null {
    return organization.latitude === null || organization.longitude === null || organization.latitude === undefined
      ? null
      : { latitude: organization.latitude, longitude: organization.longitude };
  }

  @ResolveField(() => [StartupProjectModel], { description: 'Projects it is the company of or has supported, by name' })
  projects(organization: Organization, _args: NoArgs, context: GraphqlContext): Promise<StartupProject[]> {
    return context.loaders.organizationProjects.load(organization.id);
  }

  @ResolveField(() => [SupportModel], { description: 'Newest first' })
  supportsGiven(organization: Organization, _args: NoArgs, context: GraphqlContext): Promise<Support[]> {
    return context.loaders.organizationSupportsGiven.load(organization.id);
  }
}
