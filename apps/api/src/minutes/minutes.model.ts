import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/scalars';
import { MinutesStatusEnum } from '../graphql/enums';

@ObjectType('Decision', { description: 'A conclusion (kết luận) of a meetup' })
export class DecisionModel {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field() text: string;
}

@ObjectType('AgendaItemNote')
export class AgendaItemNoteModel {
  @Field(() => ID) agendaItemId: string;
  @Field() note: string;
}

@ObjectType('Minutes')
export class MinutesModel {
  @Field(() => ID) id: string;
  @Field(() => MinutesStatusEnum) status: MinutesStatusEnum;
  @Field(() => Int, { description: '0 while a draft, 1 when published, +1 per amendment' }) version: number;
  @Field(() => DateTimeScalar, { nullable: true }) publishedAt: Date | null;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => [AgendaItemNoteModel]) itemNotes: AgendaItemNoteModel[];
}

@ObjectType('MinutesVersion', { description: 'A published version as readers saw it' })
export class MinutesVersionModel {
  @Field(() => Int) version: number;
  @Field(() => DateTimeScalar) publishedAt: Date;
  @Field(() => String, { nullable: true, description: 'Why it was amended (null for version 1)' }) reason: string | null;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => [DecisionModel]) decisions: DecisionModel[];
}

@InputType()
export class DecisionInput {
  @Field(() => ID, { nullable: true, description: 'An existing decision to keep (amendments)' }) id?: string | null;
  @Field() text: string;
  @Field(() => [ID], { nullable: true }) issueIds?: string[] | null;
}

@InputType()
export class AgendaItemNoteInput {
  @Field(() => ID) agendaItemId: string;
  @Field() note: string;
}

@InputType()
export class MinutesInput {
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => [DecisionInput], { nullable: true }) decisions?: DecisionInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Pre-filled from check-ins when the draft is created' }) attendeeIds?: string[] | null;
  @Field(() => [AgendaItemNoteInput], { nullable: true }) itemNotes?: AgendaItemNoteInput[] | null;
}
