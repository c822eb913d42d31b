import { describe, expect, it } from 'vitest';
import { checkText, ruleText } from './check-text';
import { RULE_IDS } from './types';

// Sentences that make every rule speak (one or more findings each).
const TEXT = [
  'Die Beantragung der Leistungen des Jobcenters wird durch die Mitarbeiterinnen geprüft, weil die Unterlagen z. B. nicht vollständig wären und wir drei Kinder & 12500 Euro (50 %) nach SGB II / § 45 berücksichtigen müssen.',
  'Kommen Sie nicht zu spät.',
  'Das Coaching kostet 2 Millionen.',
  'Die Bundesagentur hilft Kund:innen.',
].join(' ');

describe('message locale', () => {
  const german = checkText(TEXT);
  const english = checkText(TEXT, { locale: 'en' });

  it('covers most rules with the sample text', () => {
    expect(new Set(german.findings.map((finding) => finding.ruleId)).size).toBeGreaterThanOrEqual(12);
  });

  it('keeps German the default and gives the same findings in English', () => {
    expect(english.findings.map(({ ruleId, from, to }) => [ruleId, from, to])).toEqual(
      german.findings.map(({ ruleId, from, to }) => [ruleId, from, to]),
    );
    expect(german.findings.some((finding) => finding.message.includes('Schreiben Sie'))).toBe(true);
    for (const [index, finding] of english.findings.entries()) {
      expect(finding.message, finding.ruleId).not.toBe(german.findings[index]?.message);
      expect(finding.message, finding.ruleId).not.toMatch(/Schreiben Sie|Machen Sie|ist schwer/);
      // replacements stay German: the checked text is German
      expect(finding.suggestion?.text).toBe(german.findings[index]?.suggestion?.text);
      if (finding.suggestion) expect(finding.suggestion.label).toMatch(/^Write “.+”$/);
    }
    const compound = english.findings.find((finding) => finding.ruleId === 'compound-word');
    expect(compound?.message).toBe('Long word. Split it with a middle dot (Mediopunkt): “Bundes·agentur”.');
  });

  it('has an English title and explanation for every rule', () => {
    for (const id of RULE_IDS) {
      const en = ruleText(id, 'en');
      const de = ruleText(id);
      expect(en.title, id).not.toBe(de.title);
      expect(en.description.length, id).toBeGreaterThan(20);
      expect(en.description, id).not.toMatch(/Schreiben Sie/);
    }
    expect(ruleText('negation').title).toBe('Verneinung');
    expect(ruleText('negation', 'en').title).toBe('Negation');
  });
});
