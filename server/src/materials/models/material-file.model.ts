import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MaterialEasyLanguage } from '../material-easy-language';
import { MaterialLicence } from '../material-licence';

@ObjectType('MaterialFile', { description: 'A downloadable file of a MATERIAL article.' })
export class MaterialFileModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  articleId: string;

  @Field()
  title: string;

  @Field({ description: 'File name as uploaded (cleaned).' })
  fileName: string;

  @Field({ description: 'Media type sniffed from the content, e.g. application/pdf.' })
  mediaType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'Hex SHA-256 of the content.' })
  sha256: string;

  @Field({ description: 'ISO 639-1 code of the language the file is written in.' })
  language: string;

  @Field(() => MaterialLicence)
  licence: MaterialLicence;

  @Field(() => String, { nullable: true, description: 'The licence in words for OTHER, or an attribution.' })
  licenceNote: string | null;

  @Field(() => MaterialEasyLanguage)
  easyLanguage: MaterialEasyLanguage;

  @Field({ description: 'Path of the download (same visibility as the article).' })
  downloadUrl: string;

  @Field()
  uploadedAt: Date;

  @Field()
  updatedAt: Date;

  uploadedById: string | null;
}
