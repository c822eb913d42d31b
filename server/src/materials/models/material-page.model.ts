import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ArticleModel } from '../../articles/models/article.model';
import { MaterialFileModel } from './material-file.model';

@ObjectType('MaterialItem', { description: 'A MATERIAL article with its files that match the filter.' })
export class MaterialItemModel {
  @Field(() => ArticleModel)
  article: ArticleModel;

  @Field(() => [MaterialFileModel], {
    description: 'Only the files that match the language and easy-language filters.',
  })
  files: MaterialFileModel[];
}

@ObjectType('MaterialPage')
export class MaterialPageModel {
  @Field(() => [MaterialItemModel])
  items: MaterialItemModel[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => [String], {
    description: 'Languages (ISO 639-1) of the files in all material the viewer may see, for the filter choice.',
  })
  availableLanguages: string[];
}
