import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
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

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [String], { description: 'Sectors it works in (lower-case tags)' })
  sectors: string[];

  @Field(() => [String], { description: 'Services it offers startups (mentoring, workspace, funding…)' })
  services: string[];

  @Field(() => String, { nullable: true })
  address: string | null;

  // location, projects and supportsGiven are resolved in OrganizationEcosystemFieldsResolver.
}

@ObjectType('GeoPoint', { description: 'A position (WGS 84)' })
export class GeoPointModel {
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
}

@InputType()
export class GeoPointInput {
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
}

@InputType({ description: 'Fields not given stay as they are; null clears' })
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) shortName?: string | null;
  @Field(() => OrganizationKindEnum, { nullable: true }) kind?: OrganizationKindEnum | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) sectors?: string[] | null;
  @Field(() => [String], { nullable: true }) services?: string[] | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => GeoPointInput, { nullable: true, description: 'null removes the position' }) location?: GeoPointInput | null;
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
