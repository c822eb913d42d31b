/** One choice in the search-as-you-type picker. */
export interface PickerOption {
  id: string;
  title: string;
  /** Shown beside the choice, e.g. the category path or the agency. */
  detail?: string;
}
