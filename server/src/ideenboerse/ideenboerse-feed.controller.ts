import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { PublicProjectsService } from '../projects/public-projects.service';
import { sendPublic } from './ideenboerse-response';
import { IdeenboerseUrls } from './ideenboerse-urls';
import { atomFeed } from './views/atom-feed';

const FEED_SIZE = 50;

@Controller('ideenboerse')
export class IdeenboerseFeedController {
  private readonly urls: IdeenboerseUrls;

  constructor(
    private readonly projects: PublicProjectsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.urls = new IdeenboerseUrls(config.publicUrl);
  }

  /** Atom feed of the latest published projects, newest publication first. */
  @Get('feed.xml')
  async feed(@Res() res: Response): Promise<void> {
    const projects = await this.projects.latest(FEED_SIZE);
    sendPublic(res, atomFeed(this.urls, projects, new Date()), {
      contentType: 'application/atom+xml; charset=utf-8',
      maxAge: 300,
      embeddable: true,
    });
  }
}
