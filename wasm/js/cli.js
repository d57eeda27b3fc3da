#!/usr/bin/env node
// The precis command: a thin layer over the package. Reads FILE or standard input (UTF-8,
// LF or CRLF, a leading BOM ignored) and prints analyses, words or sentences.
import { readFile } from 'node:fs/promises';
import { createAnalyzer } from './index.js';

const USAGE = `usage: precis <command> [options] [FILE]

commands:
  analyze [FILE]            the analysis as JSON (paragraphs, sentences, tokens, annotations,
                            highlights with their text; language; stats)
  words [FILE]              for each input line, its non-space tokens separated by single spaces
    --standard              cut as the SIGHAN standards do: 5000 家, 2026年 3月 12日, 也 是
    --icu                   ICU's word segmentation alone, without precis's refinements
  sentences --jsonl [FILE]  for each JSON line with an "input" string, {"sentences": [...]}
                            (a sentence wrapped over lines is printed on one)
  summarize [FILE]          the summary's sentences, one per line, in original order
  summarize --jsonl [FILE]  for each JSON line with an "article" string, the same object with
                            a "prediction" field added: the summary's sentences, one per line
  keywords [FILE]           the top keyphrases with their scores, one per line

options:
  --max-input-length=N      refuse texts longer than N UTF-16 code units (default 8388608)
  --sentences N             summary budget: at most N sentences (default 3)
  --ratio R                 summary budget: at most this fraction (0..1] of the sentences
  --characters C            summary budget: at most C characters (UTF-16 code units)
  -n K                      keywords: how many keyphrases (default 10)
`;

// Options that take a value, and the name they are stored under.
const VALUE_OPTIONS = { '--sentences': 'sentences', '--ratio': 'ratio', '--characters': 'characters', '-n': 'n' };

class UsageError extends Error {}

async function readInput(file) {
  let bytes;
  if (file && file !== '-') {
    bytes = await readFile(file);
  } else {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    bytes = Buffer.concat(chunks);
  }
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`precis: ${file && file !== '-' ? file : 'standard input'} is not valid UTF-8`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseArgs(argv) {
  const [command, ...rest] = argv;
  const flags = new Map();  // --name or --name=value
  const values = {};  // the numeric options of VALUE_OPTIONS
  const positional = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    if (VALUE_OPTIONS[name]) {
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(`precis: ${name} needs a value`);
      const number = Number(value);
      if (value.trim() === '' || !Number.isFinite(number)) throw new UsageError(`precis: ${name} needs a number, got "${value}"`);
      values[VALUE_OPTIONS[name]] = number;
    } else if (arg.startsWith('--')) {
      const [flag, ...value] = arg.slice(2).split('=');
      flags.set(flag, value.length ? value.join('=') : true);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length > 1) throw new UsageError('precis: at most one FILE');
  return { command, flags, values, file: positional[0] };
}

function budgetOf(values) {
  const given = ['sentences', 'ratio', 'characters'].filter((key) => values[key] !== undefined);
  if (given.length > 1) throw new UsageError('precis: give one of --sentences, --ratio or --characters');
  if (given.length === 0) return { sentences: 3 };
  return { [given[0]]: values[given[0]] };
}

// The summary's sentences as written, one per line (line breaks inside one become spaces).
function summaryLines(analysis) {
  return analysis.summary.sentences.map((s) => analysis.text.slice(s.start, s.end).replace(/\s*[\r\n]+\s*/g, ' '));
}

// Maps each non-blank JSON line of `text` that has a string `field` to one output line.
function mapJsonl(text, field, toOutput) {
  const out = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    let record;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new Error(`precis: line ${index + 1} is not JSON: ${error.message}`);
    }
    if (typeof record?.[field] !== 'string') throw new Error(`precis: line ${index + 1} has no "${field}" string`);
    out.push(JSON.stringify(toOutput(record)));
  }
  return out.length ? out.join('\n') + '\n' : '';
}

function summarizeJsonl(analyzer, text, budget) {
  return mapJsonl(text, 'article', (record) => {
    const analysis = analyzer.analyze(record.article, { summary: budget, maxKeyphrases: 0 });
    return { ...record, prediction: summaryLines(analysis).join('\n') };
  });
}

function summarizeText(analyzer, text, budget) {
  const lines = summaryLines(analyzer.analyze(text, { summary: budget, maxKeyphrases: 0 }));
  return lines.length ? lines.join('\n') + '\n' : '';
}

function keywordsText(analyzer, text, count) {
  const { keyphrases } = analyzer.analyze(text, { maxKeyphrases: count });
  return keyphrases.map((k) => `${k.score.toFixed(3)}\t${k.text}`).join('\n') + (keyphrases.length ? '\n' : '');
}

function analyzerOptions(flags) {
  if (!flags.has('max-input-length')) return {};
  const value = flags.get('max-input-length');
  if (typeof value !== 'string' || !/^[1-9][0-9]*$/.test(value)) {
    throw new UsageError('precis: --max-input-length needs a positive whole number, as in --max-input-length=1000000');
  }
  return { maxInputLength: Number(value) };
}

function wordsByLine(analyzer, text) {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const tokens = analyzer.tokenize(text);
  const out = [];
  let t = 0;
  let lineStart = 0;
  for (const line of lines) {
    const lineEnd = lineStart + line.length;
    const words = [];
    for (; t < tokens.length && tokens[t].start < lineEnd; t++) {
      const token = tokens[t];
      if (token.kind !== 'whitespace') words.push(text.slice(token.start, token.end));
    }
    while (t < tokens.length && tokens[t].end <= lineEnd + 1) t++;
    out.push(words.join(' '));
    lineStart = lineEnd + 1;
  }
  return out.join('\n') + '\n';
}

// A sentence that a hard line wrap cut in two is printed as one line: the break and the
// blanks around it vanish between Chinese or Japanese characters and become a space elsewhere.
const WRAP = /[ \t\u3000]*(?:\r\n|[\n\r\v\f\u0085\u2028\u2029])[ \t\u3000]*/g;
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
function unwrapLines(sentence) {
  return sentence.replace(WRAP, (match, offset) => {
    const before = sentence[offset - 1] ?? '';
    const after = sentence[offset + match.length] ?? '';
    return WIDE.test(before) && WIDE.test(after) ? '' : ' ';
  });
}

function sentencesOfJsonl(analyzer, text) {
  return mapJsonl(text, 'input', (record) => {
    const sentences = analyzer.sentences(record.input);
    return { sentences: sentences.map((s) => unwrapLines(record.input.slice(s.start, s.end))) };
  });
}

function analysisJson(analyzer, text) {
  const analysis = analyzer.analyze(text);
  const withText = (span) => ({ ...span, text: text.slice(span.start, span.end) });
  return JSON.stringify({
    paragraphs: analysis.paragraphs.map(withText),
    sentences: analysis.sentences.map(withText),
    tokens: analysis.tokens.map(withText),
    annotations: analysis.annotations.map((a) => (a.speaker
      ? { ...withText(a), speaker: withText(a.speaker) } : withText(a))),
    highlights: analysis.highlights.map(withText),
    language: analysis.language,
    stats: analysis.stats,
  }) + '\n';
}

async function main(argv) {
  const { command, flags, values, file } = parseArgs(argv);
  if (!command || command === 'help' || flags.has('help')) {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const commands = {
    analyze: () => analysisJson,
    words: () => wordsByLine,
    sentences: () => {
      if (!flags.has('jsonl')) throw new UsageError('precis: sentences needs --jsonl');
      return sentencesOfJsonl;
    },
    summarize: () => {
      const budget = budgetOf(values);
      return flags.has('jsonl')
        ? (analyzer, text) => summarizeJsonl(analyzer, text, budget)
        : (analyzer, text) => summarizeText(analyzer, text, budget);
    },
    keywords: () => {
      const count = values.n ?? 10;
      if (!Number.isInteger(count) || count < 0) throw new UsageError(`precis: -n needs a non-negative integer, got ${count}`);
      return (analyzer, text) => keywordsText(analyzer, text, count);
    },
  };
  if (!commands[command]) throw new UsageError(`precis: unknown command "${command}"`);
  const run = commands[command]();
  const options = analyzerOptions(flags);
  const input = await readInput(file);
  // Offsets in `analyze` refer to the input as given; the line-oriented commands read LF or CRLF.
  const text = command === 'analyze' ? input : input.replace(/\r\n/g, '\n');
  const words = flags.has('icu') ? 'icu' : flags.has('standard') ? 'standard' : 'refined';
  const analyzer = await createAnalyzer({ ...options, words });
  await analyzer.prepare(text);  // the Thai, Lao, Khmer and Burmese dictionaries, if needed
  process.stdout.write(run(analyzer, text));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`${error.message}\n`);
    if (error instanceof UsageError) process.stderr.write(USAGE);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
