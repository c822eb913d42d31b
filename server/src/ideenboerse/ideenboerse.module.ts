import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { ProjectsModule } from '../projects/projects.module';
import { IdeenboerseAssetsController } from './ideenboerse-assets.controller';
import { IdeenboerseEmbedController } from './ideenboerse-embed.controller';
import { IdeenboerseFeedController } from './ideenboerse-feed.controller';
import { IdeenboersePagesController } from './ideenboerse-pages.controller';
import { PublicContactCardsService } from './public-contact-cards.service';

/** The public, server-rendered Ideenbörse at /ideenboerse: pages, Atom feed and embed. */
@Module({
  imports: [ProjectsModule, DirectoryModule],
  providers: [PublicContactCardsService],
  // Order matters: the fixed paths (feed.xml, embed, embed.js, assets) before /ideenboerse/:slug.
  controllers: [
    IdeenboerseAssetsController,
    IdeenboerseFeedController,
    IdeenboerseEmbedController,
    IdeenboersePagesController,
  ],
})
export class IdeenboerseModule {}
