import { describe, expect, it } from 'vitest';
import { checkDocument, checkText } from './check-text';
import { RULES } from './rules';
import { RULE_IDS } from './types';

describe('checkText', () => {
  it('reports findings with ranges into the input, German messages and suggestions', () => {
    const text = 'Ihr Antrag wird geprüft. Bitte bringen Sie z. B. drei Fotos zur Bundesagentur mit.';
    const { findings } = checkText(text);
    for (const finding of findings) expect(text.slice(finding.from, finding.to)).toBe(finding.text);
    expect(findings.map((finding) => [finding.ruleId, finding.text, finding.suggestion?.text])).toEqual([
      ['passive-voice', 'wird geprüft', undefined],
      ['abbreviation', 'z. B.', 'zum Beispiel'],
      ['number-as-word', 'drei', '3'],
      ['compound-word', 'Bundesagentur', 'Bundes·agentur'],
    ]);
    expect(findings[3].message).toContain('Medio·punkt');
  });

  it('applying every suggestion removes those findings', () => {
    const text = 'Bringen Sie z. B. zwei Fotos & den Pass zur Krankenversicherung.';
    const { findings } = checkText(text);
    let fixed = text;
    for (const finding of [...findings].reverse())
      if (finding.suggestion) fixed = fixed.slice(0, finding.from) + finding.suggestion.text + fixed.slice(finding.to);
    expect(fixed).toBe('Bringen Sie zum Beispiel 2 Fotos und den Pass zur Kranken·versicherung.');
    expect(checkText(fixed).findings).toEqual([]);
  });

  it('is stricter for Leichte Sprache than for Einfache Sprache', () => {
    const text = 'Sie haben drei Wochen Zeit, wenn Sie nicht krank sind und 50 % der Kosten zahlen können.';
    const strict = new Set(checkText(text).findings.map((finding) => finding.ruleId));
    const simple = new Set(checkText(text, { level: 'EINFACHE_SPRACHE' }).findings.map((finding) => finding.ruleId));
    expect([...strict]).toEqual(expect.arrayContaining(['negation', 'number-as-word', 'percentage', 'long-sentence']));
    expect(simple.has('negation')).toBe(false);
    expect(simple.has('number-as-word')).toBe(false);
    expect(simple.has('percentage')).toBe(false);
    expect(simple.has('long-sentence')).toBe(false);
  });

  it('switches single rules on and off', () => {
    const text = 'Sie haben drei Tage Zeit.';
    expect(checkText(text, { rules: { 'number-as-word': false } }).findings).toEqual([]);
    const switchedOn = checkText(text, { level: 'EINFACHE_SPRACHE', rules: { 'number-as-word': true } }).findings;
    expect(switchedOn).toMatchObject([{ ruleId: 'number-as-word', severity: 'info' }]);
  });

  it('takes extra words and abbreviations', () => {
    const text = 'Das Profiling macht die IKB mit Ihnen.';
    const custom = checkText(text, {
      wordList: {
        entries: [{ term: 'Profiling', match: ['profiling'], suggestion: 'Stärken·gespräch', kind: 'foreign' }],
        replaceDefaults: true,
      },
      abbreviations: [{ abbreviation: 'IKB', expansion: 'Beratung für Menschen aus dem Ausland' }],
    });
    expect(custom.findings.map((finding) => [finding.ruleId, finding.suggestion?.text])).toEqual([
      ['difficult-word', 'Stärken·gespräch'],
      ['abbreviation', 'Beratung für Menschen aus dem Ausland'],
    ]);
    // replaceDefaults drops the built-in list
    expect(checkText('Bitte beantragen Sie das.', { wordList: { replaceDefaults: true } }).findings).toEqual([]);
  });

  it('suggests plain words only for the listed form of an officialese word', () => {
    const base = checkText('Sie müssen das Geld beantragen.').findings[0];
    const inflected = checkText('Sie haben das Geld beantragt.').findings[0];
    expect(base.suggestion).toEqual({ text: 'einen Antrag stellen', label: '„einen Antrag stellen“ schreiben' });
    expect(inflected.ruleId).toBe('difficult-word');
    expect(inflected.suggestion).toBeUndefined();
  });

  it('returns scores and counts with the findings', () => {
    const result = checkText('Sie bekommen Geld. Das Geld ist für die Miete.');
    expect(result.stats).toMatchObject({ sentences: 2, words: 9 });
    expect(result.scores.fleschAmstad).toBeGreaterThan(60);
  });

  it('describes every rule in German for both levels', () => {
    for (const id of RULE_IDS) {
      expect(RULES[id].id).toBe(id);
      expect(RULES[id].title.length).toBeGreaterThan(3);
      expect(RULES[id].description).toMatch(/\p{Ll}/u);
    }
  });
});

describe('checkDocument', () => {
  it('maps findings to document positions and scores the whole document', () => {
    const blocks = [
      { text: 'Die Bundesagentur hilft.', from: 1 },
      { text: 'Sie bekommen drei Briefe.', from: 27 },
    ];
    const result = checkDocument(blocks);
    expect(result.findings.map((finding) => [finding.ruleId, finding.from, finding.to, finding.text])).toEqual([
      ['compound-word', 5, 18, 'Bundesagentur'],
      ['number-as-word', 40, 44, 'drei'],
    ]);
    expect(result.stats.sentences).toBe(2);
  });

  it('never joins blocks into one sentence', () => {
    const blocks = Array.from({ length: 3 }, (_, index) => ({
      text: 'Bitte bringen Sie Ihren Pass mit',
      from: index * 40,
    }));
    expect(checkDocument(blocks).findings).toEqual([]);
  });
});
