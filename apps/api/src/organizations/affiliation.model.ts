import { Field, ObjectType } from '@nestjs/graphql';
import { AffiliationRoleEnum, AffiliationStatusEnum } from '../graphql/enums';

/** A member's tie to an organisation; member, organization and emailDomain are resolved in AffiliationsResolver. */
@ObjectType('Affiliation', { description: 'Who speaks for an organisation: a request until an organizer or the organisation confirms it' })
export class AffiliationModel {
  @Field(() => AffiliationStatusEnum)
  status: AffiliationStatusEnum;

  @Field(() => AffiliationRoleEnum)
  role: AffiliationRoleEnum;

  @Field({ description: 'When the member asked' })
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;
}
