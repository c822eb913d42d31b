import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { ProjectsModule } from '../projects/projects.module';
import { IdeenboerseAssetsController } from './ideenboerse-assets.controller';
import { IdeenboerseEmbedController } from './ideenboerse-embed.controller';
import { IdeenboerseFeedController } from './ideenboerse-feed.controller';
import { IdeenboersePagesController } from './ideenboerse-pages.controller';
import { PublicContactCardsService } from './public-contact-cards.service';
import { PublicProjectBodyResolver } from './public-project-body.resolver';

/** The public Ideenbörse: server-rendered pages, Atom feed and embed at /ideenboerse, and public project bodies over GraphQL. */
@Module({
  imports: [ProjectsModule, DirectoryModule],
  providers: [PublicContactCardsService, PublicProjectBodyResolver],
  // Order matters: the fixed paths (feed.xml, embed, embed.js, assets) before /ideenboerse/:slug.
  controllers: [
    IdeenboerseAssetsController,
    IdeenboerseFeedController,
    IdeenboerseEmbedController,
    IdeenboersePagesController,
  ],
})
export class IdeenboerseModule {}
