/** The review facts of one article at a given moment. */
export interface ReviewState {
  articleId: string;
  lastVerifiedAt: Date;
  /** Null when nobody verified it yet (the publication counts as the first verification). */
  lastVerifiedById: string | null;
  intervalMonths: number;
  dueAt: Date;
  /** Only published articles can be overdue. */
  overdue: boolean;
}
