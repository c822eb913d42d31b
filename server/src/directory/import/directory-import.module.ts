import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory.module';
import { DirectoryImportResolver } from './directory-import.resolver';
import { DirectoryImportService } from './directory-import.service';

@Module({
  imports: [DirectoryModule],
  providers: [DirectoryImportService, DirectoryImportResolver],
})
export class DirectoryImportModule {}
