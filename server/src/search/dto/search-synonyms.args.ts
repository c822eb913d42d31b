import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize } from 'class-validator';

@ArgsType()
export class SearchSynonymsArgs {
  @Field(() => [[String]], { description: 'Groups of terms that find each other, e.g. [["gE", "Jobcenter"]].' })
  @ArrayMaxSize(500)
  groups: string[][];
}
