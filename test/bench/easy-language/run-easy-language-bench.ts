/**
 * `pnpm bench easy-language`: quality of the Leichte Sprache checker on its labelled sentences
 * (precision and recall per rule and overall) and the time to check a 2,000-word article.
 */
import { performance } from 'node:perf_hooks';

const USAGE = `Usage: pnpm bench easy-language [--runs <n>]

  --runs <n>   timed runs of the 2,000-word article (default 200, after 20 warm-up runs)
  --help       this text

Targets: precision and recall ≥ 0.9 overall; checking 2,000 words ≤ 50 ms (median and p95 printed).
`;

const TARGET_QUALITY = 0.9;
const TARGET_MS = 50;
const ARTICLE_WORDS = 2000;

function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];

export async function runEasyLanguageBench(args: string[]): Promise<number> {
  if (args.includes('--help')) {
    print(USAGE);
    return 0;
  }
  const runsIndex = args.indexOf('--runs');
  const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 200;
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write(USAGE);
    return 2;
  }

  // loading the library includes parsing the German hyphenation patterns (~750 kB)
  const loadStart = performance.now();
  const library = await import('../../../packages/easy-language/src/index');
  const evaluation = await import('../../../packages/easy-language/test/evaluate-labelled-set');
  const { LABELLED_SENTENCES } = await import('../../../packages/easy-language/test/labelled-sentences');
  const loadMs = performance.now() - loadStart;

  print(`Leichte Sprache checker: ${LABELLED_SENTENCES.length} labelled sentences (level LEICHTE_SPRACHE)`);
  print();
  const { perRule, overall, misses } = evaluation.evaluateLabelledSet();
  print('rule                  TP  FP  FN  precision  recall');
  for (const rule of perRule) {
    print(
      `${rule.ruleId.padEnd(20)} ${String(rule.truePositives).padStart(3)} ${String(rule.falsePositives).padStart(3)} ${String(rule.falseNegatives).padStart(3)}  ${rule.precision.toFixed(2).padStart(9)}  ${rule.recall.toFixed(2).padStart(6)}`,
    );
  }
  print(
    `${'overall'.padEnd(20)} ${String(overall.truePositives).padStart(3)} ${String(overall.falsePositives).padStart(3)} ${String(overall.falseNegatives).padStart(3)}  ${overall.precision.toFixed(3).padStart(9)}  ${overall.recall.toFixed(3).padStart(6)}`,
  );
  if (misses.length > 0) {
    print();
    print('Misses:');
    print(evaluation.formatMisses(misses).replace(/^/gm, '  '));
  }

  // a 2,000-word article from the labelled sentences, five sentences per paragraph
  const sentences: string[] = [];
  let words = 0;
  for (let index = 0; words < ARTICLE_WORDS; index += 1) {
    const text = LABELLED_SENTENCES[index % LABELLED_SENTENCES.length].text;
    sentences.push(text);
    words += text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;
  }
  const blocks: { text: string; from: number }[] = [];
  let position = 1;
  for (let index = 0; index < sentences.length; index += 5) {
    const text = sentences.slice(index, index + 5).join(' ');
    blocks.push({ text, from: position });
    position += text.length + 2;
  }
  const article = blocks.map((block) => block.text).join('\n\n');

  const coldStart = performance.now();
  const firstResult = library.checkDocument(blocks);
  const coldMs = performance.now() - coldStart;
  for (let run = 0; run < 20; run += 1) library.checkDocument(blocks);
  const time = (check: () => unknown) => {
    const samples: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      check();
      samples.push(performance.now() - start);
    }
    return samples.sort((a, b) => a - b);
  };
  const documentTimes = time(() => library.checkDocument(blocks));
  const textTimes = time(() => library.checkText(article));

  print();
  print(
    `Article: ${words} words, ${blocks.length} paragraphs, ${firstResult.findings.length} findings; Flesch-Amstad ${firstResult.scores.fleschAmstad}, Wiener Sachtextformel ${firstResult.scores.wienerSachtextformel}, LIX ${firstResult.scores.lix}`,
  );
  print(
    `Loading the library (with hyphenation patterns): ${loadMs.toFixed(0)} ms; first check (cold): ${coldMs.toFixed(1)} ms`,
  );
  const line = (name: string, sorted: number[]) =>
    `${name.padEnd(28)} median ${percentile(sorted, 0.5).toFixed(2)} ms, p95 ${percentile(sorted, 0.95).toFixed(2)} ms (${runs} runs)`;
  print(line('checkDocument (paragraphs)', documentTimes));
  print(line('checkText (one string)', textTimes));

  const qualityOk = overall.precision >= TARGET_QUALITY && overall.recall >= TARGET_QUALITY;
  const speedOk = percentile(documentTimes, 0.95) <= TARGET_MS && percentile(textTimes, 0.95) <= TARGET_MS;
  print();
  print(
    `Targets: precision and recall ≥ ${TARGET_QUALITY} overall ${qualityOk ? 'met' : 'MISSED'}; ≤ ${TARGET_MS} ms for ${ARTICLE_WORDS} words (p95) ${speedOk ? 'met' : 'MISSED'}`,
  );
  return qualityOk && speedOk ? 0 : 1;
}
