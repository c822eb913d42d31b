import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MaterialUploadLimits', { description: 'What the upload endpoint accepts, for hints and early checks.' })
export class MaterialUploadLimitsModel {
  @Field(() => Int)
  maxFileBytes: number;

  @Field(() => [String], { description: 'File name extensions without the dot, e.g. pdf.' })
  extensions: string[];

  @Field({ description: 'POST multipart/form-data here (with the header X-Requested-With), field "file".' })
  uploadPathTemplate: string;
}
