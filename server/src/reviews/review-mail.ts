import type { OutgoingMail } from '../notifications/mail.service';

export interface ReviewMailArticle {
  title: string;
  url: string;
  dueAt: Date;
}

export type ReviewMailKind = 'digest' | 'newly-due';

const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const germanDate = (date: Date): string =>
  date.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });

/** The German review e-mail (plain text and HTML) listing articles with links. */
export function renderReviewMail(
  kind: ReviewMailKind,
  recipient: { email: string; displayName: string },
  articles: ReviewMailArticle[],
  reviewListUrl: string,
): OutgoingMail {
  const count = articles.length;
  const subject =
    kind === 'digest'
      ? `Wochenübersicht: ${count} ${count === 1 ? 'Artikel ist' : 'Artikel sind'} zur Prüfung fällig`
      : `${count === 1 ? 'Ein Artikel ist' : `${count} Artikel sind`} jetzt zur Prüfung fällig`;
  const intro =
    kind === 'digest'
      ? 'diese Artikel, für die Sie oder eines Ihrer Teams verantwortlich sind, wurden länger nicht geprüft und sind vielleicht veraltet:'
      : 'diese Artikel, für die Sie oder eines Ihrer Teams verantwortlich sind, sind jetzt zur Prüfung fällig:';
  const outro =
    'Bitte prüfen Sie die Inhalte. Wenn sie stimmen, klicken Sie im Artikel auf „Inhalt ist aktuell“. ' +
    `Alle Ihre Prüfungen: ${reviewListUrl}`;
  const text = [
    `Hallo ${recipient.displayName},`,
    '',
    intro,
    '',
    ...articles.map((article) => `- ${article.title} (fällig seit ${germanDate(article.dueAt)})\n  ${article.url}`),
    '',
    outro,
    '',
    'Ihr Wissensnetz',
  ].join('\n');
  const html = [
    '<!doctype html><html lang="de"><body>',
    `<p>Hallo ${escapeHtml(recipient.displayName)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<ul>',
    ...articles.map(
      (article) =>
        `<li><a href="${escapeHtml(article.url)}">${escapeHtml(article.title)}</a> (fällig seit ${germanDate(article.dueAt)})</li>`,
    ),
    '</ul>',
    `<p>Bitte prüfen Sie die Inhalte. Wenn sie stimmen, klicken Sie im Artikel auf „Inhalt ist aktuell“. ` +
      `<a href="${escapeHtml(reviewListUrl)}">Alle Ihre Prüfungen</a></p>`,
    '<p>Ihr Wissensnetz</p>',
    '</body></html>',
  ].join('\n');
  return { to: recipient.email, subject, text, html };
}
