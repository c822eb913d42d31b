import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { DirectoryModule } from '../directory.module';
import { DirectoryExportController } from './directory-export.controller';
import { DirectoryExportService } from './directory-export.service';

@Module({
  imports: [DirectoryModule, AuthModule],
  controllers: [DirectoryExportController],
  providers: [DirectoryExportService],
})
export class DirectoryExportModule {}
