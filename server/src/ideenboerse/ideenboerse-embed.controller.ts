import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { PublicProjectsService } from '../projects/public-projects.service';
import { parseEmbedQuery } from './ideenboerse-query';
import { sendPublic } from './ideenboerse-response';
import { IdeenboerseUrls } from './ideenboerse-urls';
import { EMBED_SCRIPT } from './views/embed-script';
import { embedPage } from './views/embed.view';

/** What other websites include: a framable list of the latest projects and the script that frames it. */
@Controller('ideenboerse')
export class IdeenboerseEmbedController {
  private readonly urls: IdeenboerseUrls;
  private readonly https: boolean;

  constructor(
    private readonly projects: PublicProjectsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.urls = new IdeenboerseUrls(config.publicUrl);
    this.https = config.secureCookies;
  }

  @Get('embed')
  async embed(@Query() raw: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const query = parseEmbedQuery(raw);
    const { items } = await this.projects.list(query.topic ? { topicSlugs: [query.topic] } : {}, {
      first: query.limit,
      offset: 0,
    });
    sendPublic(res, embedPage(this.urls, items, query.problems), {
      status: query.problems.length > 0 ? 400 : 200,
      contentType: 'text/html; charset=utf-8',
      maxAge: query.problems.length > 0 ? 0 : 300,
      embeddable: true,
      https: this.https,
    });
  }

  @Get('embed.js')
  script(@Res() res: Response): void {
    sendPublic(res, EMBED_SCRIPT, {
      contentType: 'text/javascript; charset=utf-8',
      maxAge: 3600,
      embeddable: true,
    });
  }
}
