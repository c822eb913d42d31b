import { mergeAttributes, Node } from '@tiptap/core';
import { isContactCardEntryId } from './contact-card-entry-id';

export interface ContactCardAttributes {
  /** The id (UUID) of the directory entry the card shows. */
  entryId: string;
}

export interface ContactCardOptions {
  /**
   * HTML attributes added to every rendered card.
   * @default {}
   */
  HTMLAttributes: Record<string, string>;
  /**
   * Text inside the static placeholder, shown until (or instead of) the live card.
   * It is fixed wording, never data from the entry, so stored HTML cannot go stale.
   * @default 'Kontaktkarte aus dem Adressverzeichnis'
   */
  fallbackLabel: string;
  /**
   * Where the placeholder links to, so readers without the live card (no script, e.g. the
   * server-rendered Ideenbörse) still reach the entry's current data; null for no link.
   * @default (entryId) => `/verzeichnis/${entryId}`
   */
  entryHref: ((entryId: string) => string) | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    contactCard: {
      /**
       * Insert a contact card for a directory entry at the selection.
       * Returns false when `entryId` is not a UUID.
       * @example editor.commands.insertContactCard({ entryId: '2b1e…' })
       */
      insertContactCard: (attributes: ContactCardAttributes) => ReturnType;
    };
  }
}

export const CONTACT_CARD_FALLBACK_LABEL = 'Kontaktkarte aus dem Adressverzeichnis';

/**
 * A card showing a directory entry's current data. The document stores only the entry's id,
 * never copies of its name or phone number, so a change in the directory shows everywhere at
 * once. The HTML is a placeholder (`div[data-contact-card][data-entry-id]`) that readers fill in.
 */
export const ContactCard = Node.create<ContactCardOptions>({
  name: 'contactCard',

  group: 'block',

  atom: true,

  selectable: true,

  draggable: true,

  addOptions() {
    return {
      HTMLAttributes: {},
      fallbackLabel: CONTACT_CARD_FALLBACK_LABEL,
      entryHref: (entryId) => `/verzeichnis/${entryId}`,
    };
  },

  addAttributes() {
    return {
      entryId: {
        default: null,
        parseHTML: (element) => {
          const id = element.getAttribute('data-entry-id');
          return isContactCardEntryId(id) ? id.toLowerCase() : null;
        },
        renderHTML: (attributes) => ({ 'data-entry-id': attributes.entryId as string | null }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-contact-card]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const entryId: unknown = node.attrs.entryId;
    const href = isContactCardEntryId(entryId) && this.options.entryHref ? this.options.entryHref(entryId) : null;
    return [
      'div',
      mergeAttributes(this.options.HTMLAttributes, { class: 'contact-card', 'data-contact-card': '' }, HTMLAttributes),
      [
        'p',
        { class: 'contact-card__fallback' },
        href === null ? this.options.fallbackLabel : ['a', { href }, this.options.fallbackLabel],
      ],
    ];
  },

  addCommands() {
    return {
      insertContactCard:
        (attributes) =>
        ({ commands }) =>
          isContactCardEntryId(attributes.entryId) &&
          commands.insertContent({ type: this.name, attrs: { entryId: attributes.entryId.toLowerCase() } }),
    };
  },
});
