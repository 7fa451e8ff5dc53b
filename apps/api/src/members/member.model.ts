import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { LocaleEnum, RoleEnum } from '../graphql/enums';

@ObjectType('NotificationPreferences', { description: 'Which e-mails the member wants; all on by default' })
export class NotificationPreferencesModel {
  @Field() weeklyDigest: boolean;
  @Field() rsvpConfirmation: boolean;
  @Field() waitlistPromotion: boolean;
  @Field() meetupChanges: boolean;
  @Field() minutesPublished: boolean;
  @Field() assignmentUpdates: boolean;
  @Field() deadlineReminders: boolean;
  @Field() issueUpdates: boolean;
  @Field({ description: 'Reminders before a date the member is GOING to (the series sets when)' }) meetupReminders: boolean;
}

@ObjectType('Member')
export class MemberModel {
  @Field(() => ID)
  id: string;

  @Field(() => RoleEnum)
  role: RoleEnum;

  // name (a former member's is neutral), email, locale, organization and notificationPreferences
  // are resolved in MembersResolver, where what is shown to whom is decided.
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => Boolean, { nullable: true }) weeklyDigest?: boolean | null;
  @Field(() => Boolean, { nullable: true }) rsvpConfirmation?: boolean | null;
  @Field(() => Boolean, { nullable: true }) waitlistPromotion?: boolean | null;
  @Field(() => Boolean, { nullable: true }) meetupChanges?: boolean | null;
  @Field(() => Boolean, { nullable: true }) minutesPublished?: boolean | null;
  @Field(() => Boolean, { nullable: true }) assignmentUpdates?: boolean | null;
  @Field(() => Boolean, { nullable: true }) deadlineReminders?: boolean | null;
  @Field(() => Boolean, { nullable: true }) issueUpdates?: boolean | null;
  @Field(() => Boolean, { nullable: true }) meetupReminders?: boolean | null;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => LocaleEnum, { nullable: true })
  locale?: LocaleEnum | null;

  @Field(() => ID, { nullable: true, description: 'null leaves the organisation; use clearOrganization to remove it' })
  organizationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true removes the member from their organisation' })
  clearOrganization?: boolean | null;

  @Field(() => NotificationPreferencesInput, { nullable: true })
  notificationPreferences?: NotificationPreferencesInput | null;
}
