import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { OrganizationKindEnum } from '../graphql/enums';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  shortName: string | null;

  @Field(() => OrganizationKindEnum)
  kind: OrganizationKindEnum;

  @Field(() => String, { nullable: true })
  website: string | null;
}

@InputType()
export class CreateOrganizationInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => OrganizationKindEnum)
  kind: OrganizationKindEnum;

  @Field(() => String, { nullable: true })
  website?: string | null;
}
