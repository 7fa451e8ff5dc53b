import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CalendarFeedsService } from '@app/calendar';
import { Actor } from '@app/core';
import { Member, MembersService, NotificationPreferences, displayName, effectivePreferences } from '@app/members';
import { AccountDeletionService } from '@app/privacy';
import { RsvpsService, StandingRsvp } from '@app/rsvps';
import { Ctx, CurrentActor, NoArgs, OptionalActor, optionalActor } from '../graphql/current-actor.decorator';
import { LocaleEnum, RoleEnum } from '../graphql/enums';
import type { GraphqlContext } from '../graphql/graphql-context';
import { RequireRole } from '../graphql/roles.guard';
import { StandingRsvpModel } from '../rsvps/rsvp.model';
import { MemberModel, NotificationPreferencesModel, UpdateProfileInput } from './member.model';

@Resolver(() => MemberModel)
export class MembersResolver {
  constructor(
    private readonly membersService: MembersService,
    private readonly rsvps: RsvpsService,
    private readonly calendars: CalendarFeedsService,
    private readonly accountDeletion: AccountDeletionService,
  ) {}

  @Query(() => MemberModel, { nullable: true, description: 'The signed-in member, or null when anonymous' })
  me(@Ctx() context: GraphqlContext, @OptionalActor() actor: Actor | null): Member | null {
    return actor ? context.member : null;
  }

  @Query(() => [MemberModel], { description: 'Organizers: members by name or e-mail' })
  @RequireRole('ORGANIZER')
  members(@CurrentActor() actor: Actor, @Args('search', { type: () => String, nullable: true }) search?: string | null): Promise<Member[]> {
    return this.membersService.search(actor, search);
  }

  @Mutation(() => MemberModel)
  updateProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateProfileInput): Promise<Member> {
    return this.membersService.updateProfile(actor, {
      name: input.name,
      locale: input.locale,
      organizationId: input.clearOrganization ? null : (input.organizationId ?? undefined),
      notificationPreferences: input.notificationPreferences,
    });
  }

  @Mutation(() => MemberModel)
  @RequireRole('ADMIN')
  setMemberRole(
    @CurrentActor() actor: Actor,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('role', { type: () => RoleEnum }) role: RoleEnum,
  ): Promise<Member> {
    return this.membersService.setRole(actor, memberId, role);
  }

  @Mutation(() => Boolean, { description: 'Revokes every access token of the signed-in member' })
  async signOutEverywhere(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.membersService.revokeSessions(actor);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes your account: your name, e-mail, sign-in, RSVPs, feed and mail preferences are erased at once; your issues, comments, ' +
      'supports and attendance stay, shown as from a former member. confirmEmail: the e-mail address of your account.',
  })
  async deleteMyAccount(@CurrentActor() actor: Actor, @Args('confirmEmail') confirmEmail: string): Promise<boolean> {
    await this.accountDeletion.deleteOwnAccount(actor, confirmEmail);
    return true;
  }

  @ResolveField(() => String, { description: 'A member who deleted their account is shown as "Thành viên cũ" / "Former member" (in the viewer\'s language)' })
  name(member: Member, _args: NoArgs, context: GraphqlContext): string {
    return displayName(member, context.member?.locale ?? 'vi');
  }

  @ResolveField(() => Boolean, { description: 'true once the member deleted their account: their contributions stay, their personal data is gone' })
  formerMember(member: Member): boolean {
    return member.name === null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Visible to the member themself and to organizers' })
  email(member: Member, _args: NoArgs, context: GraphqlContext): string | null {
    const viewer = optionalActor(context);
    return this.membersService.canSeeEmail(viewer, member) ? member.email : null;
  }

  @ResolveField(() => LocaleEnum, { nullable: true, description: 'Visible to the member themself' })
  locale(member: Member, _args: NoArgs, context: GraphqlContext): string | null {
    const viewer = optionalActor(context);
    return this.membersService.canSeePrivate(viewer, member) ? member.locale : null;
  }

  @ResolveField(() => NotificationPreferencesModel, { nullable: true, description: 'Visible to the member themself' })
  notificationPreferences(member: Member, _args: NoArgs, context: GraphqlContext): NotificationPreferences | null {
    const viewer = optionalActor(context);
    return this.membersService.canSeePrivate(viewer, member) ? effectivePreferences(member) : null;
  }

  @ResolveField(() => [StandingRsvpModel], { nullable: true, description: 'Visible to the member themself' })
  standingRsvps(member: Member, _args: NoArgs, context: GraphqlContext): Promise<StandingRsvp[]> | null {
    const viewer = optionalActor(context);
    return this.membersService.canSeePrivate(viewer, member) ? this.rsvps.standingOf(member.id) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Your private calendar feed (https); visible to the member themself' })
  async calendarFeedUrl(member: Member, _args: NoArgs, context: GraphqlContext): Promise<string | null> {
    const viewer = optionalActor(context);
    return this.membersService.canSeePrivate(viewer, member) ? (await this.calendars.feedUrls(member)).https : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The same feed as webcal://, which calendar apps open as a subscription' })
  async calendarFeedWebcalUrl(member: Member, _args: NoArgs, context: GraphqlContext): Promise<string | null> {
    const viewer = optionalActor(context);
    return this.membersService.canSeePrivate(viewer, member) ? (await this.calendars.feedUrls(member)).webcal : null;
  }

  @Mutation(() => MemberModel, { description: 'Replaces your private feed URL; the old one stops working at once' })
  regenerateCalendarToken(@CurrentActor() actor: Actor): Promise<Member> {
    return this.calendars.regenerate(actor);
  }
}
