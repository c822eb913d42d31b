import { describe, expect, it } from 'vitest';
import { renderReviewMail } from './review-mail';

describe('renderReviewMail', () => {
  const articles = [
    { title: 'KdU <Richtlinie>', url: 'https://wiki.example.org/artikel/kdu', dueAt: new Date('2026-03-01T10:00:00Z') },
    { title: 'Kontakte', url: 'https://wiki.example.org/artikel/kontakte', dueAt: new Date('2026-04-02T10:00:00Z') },
  ];

  it('lists every article with its link in text and HTML, escaping HTML', () => {
    const mail = renderReviewMail(
      'digest',
      { email: 'owner@test.example', displayName: 'Anna' },
      articles,
      'https://wiki.example.org/pruefungen',
    );
    expect(mail.to).toBe('owner@test.example');
    expect(mail.subject).toBe('Wochenübersicht: 2 Artikel sind zur Prüfung fällig');
    expect(mail.text).toContain('- KdU <Richtlinie> (fällig seit 01.03.2026)\n  https://wiki.example.org/artikel/kdu');
    expect(mail.html).toContain('<a href="https://wiki.example.org/artikel/kdu">KdU &#60;Richtlinie&#62;</a>');
    expect(mail.html).not.toContain('<Richtlinie>');
  });

  it('words the subject for a single newly due article', () => {
    const mail = renderReviewMail('newly-due', { email: 'a@b.c', displayName: 'A' }, [articles[0]], 'x');
    expect(mail.subject).toBe('Ein Artikel ist jetzt zur Prüfung fällig');
  });
});
