import type { ListQuery } from './ideenboerse-query';
import { STYLESHEET_VERSION } from './views/ideenboerse-stylesheet';

export const IDEENBOERSE_PATH = '/ideenboerse';

type ListParams = Pick<ListQuery, 'topic' | 'agency' | 'programme' | 'year' | 'q'> & { page?: number };

/** Paths for links inside the pages and absolute URLs (from PUBLIC_URL) for canonical, Open Graph, feed and embed. */
export class IdeenboerseUrls {
  private readonly base: string;

  constructor(publicUrl: string) {
    this.base = publicUrl.replace(/\/+$/, '');
  }

  absolute(path: string): string {
    return `${this.base}${path}`;
  }

  /** The list with the given filters; empty values and page 1 are left out so that every list has one URL. */
  list(params: ListParams = {}): string {
    const search = new URLSearchParams();
    for (const key of ['q', 'topic', 'agency', 'programme', 'year'] as const) {
      const value = params[key];
      if (value !== undefined && value !== '') search.set(key, String(value));
    }
    if (params.page && params.page > 1) search.set('page', String(params.page));
    const query = search.toString();
    return query ? `${IDEENBOERSE_PATH}?${query}` : IDEENBOERSE_PATH;
  }

  project(slug: string): string {
    return `${IDEENBOERSE_PATH}/${encodeURIComponent(slug)}`;
  }

  article(slug: string): string {
    return `/artikel/${encodeURIComponent(slug)}`;
  }

  /** An entry of the directory in the web app (the same link as the contact card placeholder's). */
  directoryEntry(id: string): string {
    return `/verzeichnis/${encodeURIComponent(id)}`;
  }

  feed(): string {
    return `${IDEENBOERSE_PATH}/feed.xml`;
  }

  embed(): string {
    return `${IDEENBOERSE_PATH}/embed`;
  }

  embedScript(): string {
    return `${IDEENBOERSE_PATH}/embed.js`;
  }

  stylesheet(): string {
    return `${IDEENBOERSE_PATH}/assets/ideenboerse.css?v=${STYLESHEET_VERSION}`;
  }
}
