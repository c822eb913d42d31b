/**
 * The schema-free display helpers of contact cards, as their own entry point
 * (`@wissensnetz/editor/contact-card`): the web's card and the server-rendered Ideenbörse pages
 * show an entry the same way without loading Tiptap and ProseMirror.
 */
export { summarizeOpeningHours, type OpeningHoursRow } from './contact-card/summarize-opening-hours';
