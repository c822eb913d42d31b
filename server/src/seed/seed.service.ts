import { Inject, Injectable, Logger } from '@nestjs/common';
import { AgenciesService } from '../agencies/agencies.service';
import { AgencyKind } from '../agencies/agency-kind';
import { ArticleKind } from '../articles/article-kind';
import { ArticleStatus, Visibility } from '../articles/article-status';
import { ArticlesService } from '../articles/articles.service';
import { CategoriesService } from '../categories/categories.service';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { UserFunction } from '../users/user-function';
import { UsersService } from '../users/users.service';
import { demoAgencies, demoArticles, demoCategories, demoUsers, type DemoCategory } from './demo';
import { resolveDemoContactCards } from './demo/contact-cards';
import { DirectorySeeder } from './directory-seeder';
import { LanguageVersionSeeder } from './language-version-seeder';
import { MaterialSeeder } from './material-seeder';
import { ProjectSeeder } from './project-seeder';
import { ReviewSeeder } from './review-seeder';
import { TeamSeeder } from './team-seeder';
import { type DemoCredential, generateDemoPassword, saveDemoCredentials } from './demo-credentials';

/** Loads the German demo data set through the same services as the API, so it obeys every rule. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
    private readonly categories: CategoriesService,
    private readonly articles: ArticlesService,
    private readonly projectSeeder: ProjectSeeder,
    private readonly directorySeeder: DirectorySeeder,
    private readonly reviewSeeder: ReviewSeeder,
    private readonly languageVersionSeeder: LanguageVersionSeeder,
    private readonly teamSeeder: TeamSeeder,
    private readonly materialSeeder: MaterialSeeder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.users.count()) === 0;
  }

  /** Seeds an empty database; returns the generated demo passwords (empty if nothing was seeded). */
  async seedIfEmpty(): Promise<DemoCredential[]> {
    if (!(await this.isEmpty())) return [];
    this.logger.log('Empty database: loading the German demo data set …');
    const credentials = await this.seed();
    saveDemoCredentials(this.config.dataDir, credentials);
    this.logger.log(`Demo data loaded: ${demoArticles.length} articles.`);
    return credentials;
  }

  private async seed(): Promise<DemoCredential[]> {
    const agencyIds = new Map<string, string>();
    for (const agency of demoAgencies) {
      const created = await this.agencies.create({ ...agency, kind: AgencyKind[agency.kind] });
      agencyIds.set(agency.key, created.id);
    }

    const credentials: DemoCredential[] = [];
    const viewers = new Map<string, Viewer>();
    for (const user of demoUsers) {
      const password = generateDemoPassword();
      const created = await this.users.create({
        email: user.email,
        displayName: user.displayName,
        password,
        role: Role[user.role],
        functions: user.functions.map((fn) => UserFunction[fn]),
        agencyId: agencyIds.get(user.agencyKey) ?? null,
      });
      credentials.push({ email: created.email, role: created.role, password });
      viewers.set(created.email, {
        userId: created.id,
        sessionId: 'seed',
        role: created.role,
        displayName: created.displayName,
        agencyId: created.agencyId,
      });
    }

    const categoryIds = new Map<string, string>();
    const addCategories = async (nodes: DemoCategory[], parentId: string | null): Promise<void> => {
      for (const [position, node] of nodes.entries()) {
        const created = await this.categories.create({
          name: node.name,
          slug: node.slug,
          description: node.description,
          parentId,
          position,
        });
        categoryIds.set(node.slug, created.id);
        await addCategories(node.children ?? [], created.id);
      }
    };
    await addCategories(demoCategories, null);

    // The directory comes first: demo articles show its entries in contact cards.
    const entryIds = await this.directorySeeder.seed(viewers);
    const articleIds = new Map<string, string>();
    const publishedArticleIds: string[] = [];
    for (const article of demoArticles) {
      const owner = viewers.get(article.ownerEmail);
      if (!owner) throw new Error(`Demo article "${article.title}" has an unknown owner ${article.ownerEmail}`);
      const created = await this.articles.create(owner, {
        title: article.title,
        summary: article.summary,
        categoryId: categoryIds.get(article.categorySlug) ?? null,
        tags: article.tags,
        body: resolveDemoContactCards(article.body, entryIds),
        language: article.language ?? 'de',
        visibility: Visibility[article.visibility],
        kind: ArticleKind[article.kind ?? 'GUIDE'],
      });
      articleIds.set(article.title, created.id);
      if (article.status !== 'DRAFT') {
        await this.articles.setStatus(owner, created.id, ArticleStatus[article.status]);
        if (article.status === 'PUBLISHED') publishedArticleIds.push(created.id);
      }
    }
    const admin = [...viewers.values()].find((viewer) => viewer.role === Role.ADMIN);
    if (!admin) throw new Error('The demo data needs an admin.');
    await this.languageVersionSeeder.seed({ viewers, articleIds });
    await this.projectSeeder.seed({ agencyIds, viewers, articleIds, admin, entryIds });
    await this.materialSeeder.seed({ viewers, categoryIds });
    // Before the review seeder, so that team members get the review notifications of team-owned content.
    await this.teamSeeder.seed({ viewers, agencyIds, admin });
    const verifier = [...viewers.values()].find((viewer) => viewer.role === Role.EDITOR) ?? admin;
    await this.reviewSeeder.seed({ categoryIds, publishedArticleIds, verifier });
    return credentials;
  }
}
