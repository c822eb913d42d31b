import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DirectoryCodeList } from './directory-code-list';

@ObjectType('DirectoryCode')
export class DirectoryCodeModel {
  @Field(() => DirectoryCodeList)
  list: DirectoryCodeList;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  archived: boolean;

  @Field(() => Int)
  position: number;
}
