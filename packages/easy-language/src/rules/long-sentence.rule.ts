import { type Rule, say } from './rule';

const MAX_WORDS = { LEICHTE_SPRACHE: 12, EINFACHE_SPRACHE: 20 } as const;

export const longSentenceRule: Rule = {
  id: 'long-sentence',
  title: 'Langer Satz',
  description:
    'Kurze Sätze sind leichter zu lesen. Leichte Sprache: höchstens 12 Wörter. Einfache Sprache: höchstens 20 Wörter.',
  en: {
    title: 'Long sentence',
    description: 'Short sentences are easier to read. Leichte Sprache: 12 words at most. Einfache Sprache: 20 at most.',
  },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: 'warning' },
  check(sentence, context) {
    const limit = MAX_WORDS[context.level];
    const count = sentence.words.length;
    if (count <= limit) return [];
    return [
      {
        from: sentence.from,
        to: sentence.to,
        message: say(
          `Der Satz hat ${count} Wörter. Machen Sie mehrere kurze Sätze daraus (höchstens ${limit} Wörter pro Satz).`,
          `The sentence has ${count} words. Make several short sentences of it (${limit} words per sentence at most).`,
        ),
      },
    ];
  },
};
