import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PublicProjectModel } from '../projects/models/public-project.model';
import { PublicContactCardsService } from './public-contact-cards.service';
import { contactCardEntryIds, withoutNonPublicCards } from './views/contact-card.view';

/**
 * `publicProject.bodyHtml` as public pages show it: the stored HTML names every contact card's
 * entry, also INTERNAL ones, whose ids must not reach anonymous visitors.
 */
@Resolver(() => PublicProjectModel)
export class PublicProjectBodyResolver {
  constructor(private readonly contactCards: PublicContactCardsService) {}

  @ResolveField(() => String)
  async bodyHtml(@Parent() project: PublicProjectModel): Promise<string> {
    const ids = contactCardEntryIds(project.bodyHtml);
    if (ids.length === 0) return project.bodyHtml;
    const cards = await this.contactCards.forIds(ids);
    return withoutNonPublicCards(project.bodyHtml, new Set(cards.keys()));
  }
}
