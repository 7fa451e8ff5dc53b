import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/scalars';

@ObjectType('Consultation', { description: 'A draft open for comments section by section' })
export class ConsultationModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => DateTimeScalar) opensAt: Date;
  @Field(() => DateTimeScalar) closesAt: Date;
  @Field(() => DateTimeScalar) createdAt: Date;
  // status, sections, commentCount, reportUrl, reportHtmlUrl: ConsultationsResolver
}

@ObjectType('ConsultationSection')
export class ConsultationSectionModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '1, 2, … in the order of the document' }) position: number;
  @Field(() => Int, { description: '0: the introduction (text before the first heading, heading ""); 1–3: a #, ## or ### heading' }) level: number;
  @Field() heading: string;
  @Field({ description: 'Markdown' }) body: string;
}

@ObjectType('ConsultationComment')
export class ConsultationCommentModel {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) editedAt: Date | null;
  @Field(() => String, { nullable: true, description: "The organizers' answer; null until answered" }) response: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) respondedAt: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'true: taken in; false: not taken in; null: not answered yet' }) accepted: boolean | null;
}

@InputType()
export class ConsultationInput {
  @Field() title: string;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field({ description: 'Markdown; split into sections at its #, ## and ### headings (text before the first one is an introduction)' }) document: string;
  @Field(() => DateTimeScalar) opensAt: Date;
  @Field(() => DateTimeScalar, { description: 'Must be after opensAt' }) closesAt: Date;
}
