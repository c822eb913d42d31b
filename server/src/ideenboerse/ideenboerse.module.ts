import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { IdeenboerseAssetsController } from './ideenboerse-assets.controller';
import { IdeenboerseEmbedController } from './ideenboerse-embed.controller';
import { IdeenboerseFeedController } from './ideenboerse-feed.controller';
import { IdeenboersePagesController } from './ideenboerse-pages.controller';

/** The public, server-rendered Ideenbörse at /ideenboerse: pages, Atom feed and embed. */
@Module({
  imports: [ProjectsModule],
  // Order matters: the fixed paths (feed.xml, embed, embed.js, assets) before /ideenboerse/:slug.
  controllers: [
    IdeenboerseAssetsController,
    IdeenboerseFeedController,
    IdeenboerseEmbedController,
    IdeenboersePagesController,
  ],
})
export class IdeenboerseModule {}
