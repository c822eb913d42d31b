import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ProgrammeEventKind } from '../programme-event-kind';

@ObjectType('ProgrammeEvent')
export class ProgrammeEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  programmeId: string;

  @Field(() => ProgrammeEventKind)
  kind: ProgrammeEventKind;

  @Field()
  title: string;

  @Field({ description: 'ISO date.' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'ISO date; null for one-day events.' })
  endsOn: string | null;

  @Field()
  place: string;

  @Field()
  notes: string;
}
