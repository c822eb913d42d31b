import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { PROJECT_SLUG_PATTERN } from '../projects/dto/project-fields.validators';
import { PublicProjectsService } from '../projects/public-projects.service';
import { PAGE_SIZE, parseListQuery, toPublicFilter } from './ideenboerse-query';
import { sendPublic } from './ideenboerse-response';
import { IdeenboerseUrls } from './ideenboerse-urls';
import { PublicContactCardsService } from './public-contact-cards.service';
import { contactCardEntryIds } from './views/contact-card.view';
import { notFoundPage } from './views/not-found.view';
import { projectListPage } from './views/project-list.view';
import { projectPage } from './views/project-page.view';

const HTML = 'text/html; charset=utf-8';
const PAGE_MAX_AGE = 300;

/** The server-rendered Ideenbörse: list with filters and one page per published public project. */
@Controller('ideenboerse')
export class IdeenboersePagesController {
  private readonly urls: IdeenboerseUrls;
  private readonly https: boolean;

  constructor(
    private readonly projects: PublicProjectsService,
    private readonly contactCards: PublicContactCardsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.urls = new IdeenboerseUrls(config.publicUrl);
    this.https = config.secureCookies;
  }

  @Get()
  async list(@Query() raw: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const query = parseListQuery(raw);
    const facets = await this.projects.facets();
    if (query.problems.length > 0) {
      sendPublic(res, projectListPage(this.urls, query, facets, null), this.options(400));
      return;
    }
    const list = await this.projects.list(toPublicFilter(query), {
      first: PAGE_SIZE,
      offset: (query.page - 1) * PAGE_SIZE,
    });
    sendPublic(res, projectListPage(this.urls, query, facets, list), this.options(200));
  }

  @Get(':slug')
  async project(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const project = PROJECT_SLUG_PATTERN.test(slug) && slug.length <= 120 ? await this.projects.getBySlug(slug) : null;
    if (!project) {
      this.notFound(res);
      return;
    }
    const cards = await this.contactCards.forIds(contactCardEntryIds(project.bodyHtml));
    sendPublic(res, projectPage(this.urls, project, cards), this.options(200));
  }

  /** Deeper paths do not exist; answered like an unknown project. */
  @Get('*path')
  notFound(@Res() res: Response): void {
    sendPublic(res, notFoundPage(this.urls), this.options(404));
  }

  private options(status: number) {
    return { status, contentType: HTML, maxAge: status === 200 ? PAGE_MAX_AGE : 0, https: this.https };
  }
}
