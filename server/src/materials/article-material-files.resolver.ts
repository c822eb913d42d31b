import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ArticleModel } from '../articles/models/article.model';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import { toMaterialFileModel } from './material-file.mapper';
import { MaterialFilesService } from './material-files.service';
import { MaterialFileModel } from './models/material-file.model';

/** `Article.materialFiles`: owned here so that articles never import materials. */
@Resolver(() => ArticleModel)
export class ArticleMaterialFilesResolver {
  constructor(private readonly materials: MaterialFilesService) {}

  @ResolveField(() => [MaterialFileModel], {
    description: 'Downloadable files (MATERIAL articles); visible to whoever may see the article.',
  })
  async materialFiles(
    @Parent() article: ArticleModel,
    @Context() context: GraphqlContext,
  ): Promise<MaterialFileModel[]> {
    const files = await loaderFor<string, MaterialFileModel[]>(context, 'materials.filesByArticle', async (ids) => {
      const byArticle = await this.materials.forArticles(ids);
      return ids.map((id) => (byArticle.get(id) ?? []).map(toMaterialFileModel));
    }).load(article.id);
    return files;
  }
}
