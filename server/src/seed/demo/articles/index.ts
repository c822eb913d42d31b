import type { DemoArticle } from '../types';
import { kontaktkartenArticles } from './kontaktkarten';
import { kundenleitsystemArticles } from './kundenleitsystem';
import { leichteSpracheArticles } from './leichte-sprache';
import { migrantenorganisationenArticles } from './migrantenorganisationen';
import { prozessablaeufeArticles } from './prozessablaeufe';
import { prozesseArticles } from './prozesse';
import { qualifizierungArticles } from './qualifizierung-anerkennung';
import { sprachkurstraegerArticles } from './sprachkurstraeger';

export {
  kontaktkartenArticles,
  kundenleitsystemArticles,
  leichteSpracheArticles,
  migrantenorganisationenArticles,
  prozessablaeufeArticles,
  prozesseArticles,
  qualifizierungArticles,
  sprachkurstraegerArticles,
};

export const demoArticles: DemoArticle[] = [
  ...sprachkurstraegerArticles,
  ...prozesseArticles,
  ...leichteSpracheArticles,
  ...migrantenorganisationenArticles,
  ...qualifizierungArticles,
  ...kundenleitsystemArticles,
  ...prozessablaeufeArticles,
  ...kontaktkartenArticles,
];
