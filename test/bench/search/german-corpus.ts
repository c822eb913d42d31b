/**
 * Realistic German articles for the search benchmark: real sentences and headings from the
 * demo content (server/src/seed/demo), sampled and recombined with a seeded PRNG, so the
 * vocabulary, word lengths and compounds are those of the wiki, only in far larger numbers.
 */
import { documentToPlainText, EDITOR_SCHEMA_VERSION, extractHeadings, type JSONContent } from '@wissensnetz/editor';
import { demoAgencies, demoArticles, demoCategories, type DemoCategory } from '../../../server/src/seed/demo/index';

/** mulberry32: small, fast, good enough for test data; the same seed gives the same data. */
export class Prng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Picks by weight: [[value, weight], …]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][0];
  }
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const result: T[] = [];
    while (result.length < count && copy.length > 0)
      result.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return result;
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Sentences and headings of the demo articles (prose only: no table rows, addresses or e-mail). */
export interface DemoCorpus {
  sentences: string[];
  headings: string[];
  /** Topics for titles, from the demo titles (the part before a colon). */
  topics: string[];
  tags: string[];
}

export function buildDemoCorpus(): DemoCorpus {
  const sentences = new Set<string>();
  const headings = new Set<string>();
  const topics = new Set<string>();
  const tags = new Set<string>();
  for (const article of demoArticles) {
    const body = article.body as JSONContent;
    for (const block of [article.summary, ...documentToPlainText(body).split(/\n+/)]) {
      if (/[|@]|https?:|\d{4,} \d/.test(block)) continue;
      for (const sentence of block.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ„"(])/u)) {
        const trimmed = sentence.trim();
        if (wordCount(trimmed) >= 6 && /[.!?]$/.test(trimmed) && !trimmed.includes('·')) sentences.add(trimmed);
      }
    }
    for (const heading of extractHeadings(body)) if (wordCount(heading.text) <= 8) headings.add(heading.text);
    const topic = article.title
      .split(/:| – /)[0]
      .replace(/\s*\(Beispieldaten\)/, '')
      .trim();
    if (!topic.includes('·') && article.language === undefined) topics.add(topic);
    for (const tag of article.tags) tags.add(tag);
  }
  if (sentences.size < 200) throw new Error(`Only ${sentences.size} demo sentences found; the demo content changed?`);
  return { sentences: [...sentences], headings: [...headings], topics: [...topics], tags: [...tags] };
}

export interface FlatCategory {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
  position: number;
  description: string;
}

export function flattenCategories(prng: Prng): FlatCategory[] {
  const result: FlatCategory[] = [];
  const walk = (nodes: DemoCategory[], parentId: string | null) => {
    for (const [position, node] of nodes.entries()) {
      const id = prng.uuid();
      result.push({ id, slug: node.slug, name: node.name, parentId, position, description: node.description });
      walk(node.children ?? [], id);
    }
  };
  walk(demoCategories, null);
  return result;
}

export const benchAgencies = demoAgencies;

const ASPECTS = [
  'Überblick',
  'Ablauf',
  'Checkliste',
  'Häufige Fragen',
  'Leitfaden',
  'Praxisbeispiel',
  'Vorlage',
  'Ansprechpersonen',
  'Hinweise für Teams',
  'Neuerungen',
  'Schritt für Schritt',
  'Erfahrungen aus der Praxis',
  'Zuständigkeiten',
  'Kurzinfo',
];

const REGIONS = [
  'Landkreis Göppingen',
  'Raum Ulm',
  'Landkreis Esslingen',
  'Alb-Donau-Kreis',
  'Landkreis Biberach',
  'Region Stuttgart',
  'Rems-Murr-Kreis',
  'Landkreis Ludwigsburg',
  'Ostalbkreis',
  'Landkreis Reutlingen',
  'Stadtkreis Heilbronn',
  'Bodenseekreis',
];

/** Languages of articles in a German-speaking agency wiki: mostly German, a few translations. */
const LANGUAGES: (readonly [string, number])[] = [
  ['de', 86],
  ['en', 5],
  ['tr', 2],
  ['uk', 2],
  ['ar', 2],
  ['fa', 1],
  ['ru', 1],
  ['fr', 1],
];

export interface ArticleRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  categoryId: string | null;
  tags: string[];
  body: JSONContent;
  bodySchemaVersion: number;
  bodyHtml: string;
  bodyText: string;
  language: string;
  status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
  visibility: 'INTERNAL' | 'PUBLIC';
  ownerId: string;
  createdById: string;
  updatedById: string;
  revisionNumber: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const slugPart = (text: string): string =>
  text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90);

/** Generates article rows deterministically from a seed. */
export class ArticleGenerator {
  private readonly prng: Prng;
  private readonly now = Date.UTC(2026, 0, 15);

  constructor(
    seed: number,
    private readonly corpus: DemoCorpus,
    private readonly categories: FlatCategory[],
    private readonly ownerIds: string[],
  ) {
    this.prng = new Prng(seed);
  }

  article(index: number, targetWords = 400): ArticleRow {
    const prng = this.prng;
    const { corpus } = this;
    const title = prng.weighted<() => string>([
      [() => `${prng.pick(corpus.topics)}: ${prng.pick(ASPECTS)}`, 5],
      [
        () =>
          `${prng.pick(corpus.topics)} im ${prng.pick(REGIONS)}`.replace(
            / im (Raum|Region|Landkreis|Stadtkreis)/,
            ' – $1',
          ),
        3,
      ],
      [() => prng.pick(corpus.headings), 2],
    ])();
    const summary = prng.sample(corpus.sentences, prng.int(1, 2)).join(' ');

    const words = targetWords + prng.int(-40, 40);
    const content: JSONContent[] = [];
    const html: string[] = [];
    const text: string[] = [];
    let count = 0;
    let paragraphs = 0;
    while (count < words) {
      if (paragraphs % 3 === 0) {
        const heading = prng.pick(corpus.headings);
        content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: heading }] });
        html.push(`<h2>${escapeHtml(heading)}</h2>`);
        text.push(heading);
        count += wordCount(heading);
      }
      const parts: string[] = [];
      for (let i = prng.int(2, 5); i > 0 && count < words; i -= 1) {
        const sentence = prng.pick(corpus.sentences);
        parts.push(sentence);
        count += wordCount(sentence);
      }
      const paragraph = parts.join(' ');
      content.push({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] });
      html.push(`<p>${escapeHtml(paragraph)}</p>`);
      text.push(paragraph);
      paragraphs += 1;
    }

    const category = prng.next() < 0.95 ? prng.pick(this.categories) : null;
    const status = prng.weighted<ArticleRow['status']>([
      ['PUBLISHED', 85],
      ['DRAFT', 10],
      ['ARCHIVED', 5],
    ]);
    const owner = prng.pick(this.ownerIds);
    const created = this.now - prng.int(1, 3 * 365) * 86_400_000 - prng.int(0, 86_399_999);
    const updated = Math.min(this.now, created + prng.int(0, 400) * 86_400_000);
    return {
      id: prng.uuid(),
      slug: `${slugPart(title)}-${index.toString(36)}`,
      title: title.slice(0, 200),
      summary,
      categoryId: category?.id ?? null,
      tags: prng.sample(corpus.tags, prng.int(2, 5)),
      body: { type: 'doc', content },
      bodySchemaVersion: EDITOR_SCHEMA_VERSION,
      bodyHtml: html.join(''),
      bodyText: text.join('\n\n'),
      language: prng.weighted(LANGUAGES),
      status,
      visibility: prng.next() < 0.35 ? 'PUBLIC' : 'INTERNAL',
      ownerId: owner,
      createdById: owner,
      updatedById: prng.next() < 0.7 ? owner : prng.pick(this.ownerIds),
      revisionNumber: prng.int(1, 12),
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(updated).toISOString(),
      publishedAt: status === 'DRAFT' ? null : new Date(created + 3_600_000).toISOString(),
    };
  }
}
