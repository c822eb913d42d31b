import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { AuthModule } from '../auth/auth.module';
import { CategoriesModule } from '../categories/categories.module';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { SearchOutboxModule } from '../search-outbox/search-outbox.module';
import { UsersModule } from '../users/users.module';
import { ArticleMaterialFilesResolver } from './article-material-files.resolver';
import { MaterialFileContentEntity } from './material-file-content.entity';
import { MaterialFileEntity } from './material-file.entity';
import { MaterialFilesController } from './material-files.controller';
import { MaterialFilesResolver } from './material-files.resolver';
import { MaterialFilesService } from './material-files.service';
import { MaterialHttpErrorFilter } from './material-http-error.filter';

@Module({
  imports: [
    TypeOrmModule.forFeature([MaterialFileEntity, MaterialFileContentEntity, ArticleEntity]),
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // In memory: the bytes go into PostgreSQL anyway. Multer stops reading at the limit (→ 413).
        limits: { fileSize: config.materials.maxFileBytes, files: 1, fields: 10, fieldSize: 4096, parts: 12 },
        // Browsers send file names as UTF-8 without saying so; busboy would read them as latin1.
        defParamCharset: 'utf8',
      }),
    }),
    AuthModule,
    CategoriesModule,
    SearchOutboxModule,
    UsersModule,
  ],
  controllers: [MaterialFilesController],
  providers: [MaterialFilesService, MaterialFilesResolver, ArticleMaterialFilesResolver, MaterialHttpErrorFilter],
  exports: [MaterialFilesService],
})
export class MaterialsModule {}
