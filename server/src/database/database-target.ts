/** Where TypeORM connects: a real server, or the embedded PGlite socket (one session only). */
export interface DatabaseTarget {
  url: string;
  embedded: boolean;
}
