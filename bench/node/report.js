// Formatting of the benchmark's tables and the check of the performance targets of issue 8.
import { MB } from './inputs.js';

export function printTable(header, rows) {
  const lines = [header, header.map(() => '---'), ...rows];
  console.log(lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n'));
  console.log('');
}

export function timeCell(cell, bytes) {
  if (!cell) return 'n/a';
  if (cell.overBudget) return `over budget (> ${(cell.overBudget / 1000).toFixed(0)} s, stopped)`;
  if (cell.skipped) return `not run (${cell.skipped})`;
  if (cell.failed) return `failed: ${cell.failed.slice(0, 80)}`;
  const mbps = bytes / MB / (cell.median / 1000);
  return `${formatMs(cell.median)} (${mbps.toFixed(1)})`;
}

function formatMs(ms) {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function totalMs(cells, rows, name) {
  let total = 0;
  for (const row of rows) {
    const c = cells[row][name];
    if (!c?.times) return null;
    total += c.median;
  }
  return total;
}

export function ratioRow(row, cells, articleRows, names) {
  const rows = row === 'all articles' ? articleRows : [row];
  const ours = totalMs(cells, rows, names[0]);
  return [row, ...names.slice(1).map((name) => {
    const theirs = totalMs(cells, rows, name);
    if (ours === null) return 'n/a';
    if (theirs === null) {
      const c = cells[rows[rows.length - 1]][name];
      return c?.overBudget ? `> ${(c.overBudget / ours).toFixed(0)}` : 'n/a';
    }
    return (theirs / ours).toFixed(2);
  })];
}

function msPerMb(cells, row, name) {
  const c = cells?.[row]?.[name];
  return c?.times ? c.median / (cells[row].bytes / MB) : null;
}

function verdict(ok) {
  return ok ? 'holds' : 'MISSED';
}

// One line per target: the measured value, the bound, and whether it holds.
export function checkTargets(results, zhInputs, enInputs) {
  const lines = [];
  const words = results.tasks.words ?? {};
  for (const input of zhInputs) {
    for (const ourName of ['precis', 'precis tokenSpans()']) {
      const ours = words[input.name]?.[ourName]?.median;
      for (const [peer, bound] of [['jieba-wasm', 3], ['@node-rs/jieba', 0.75]]) {
        const theirs = words[input.name]?.[peer]?.median;
        if (ours == null || theirs == null) continue;
        const ratio = theirs / ours;
        lines.push(`- words on ${input.name}: ${ourName} is ${ratio.toFixed(2)}x as fast as ${peer} (target >= ${bound}): ${verdict(ratio >= bound)}`);
      }
    }
  }
  const small = results.tasks.analysis?.['zh 6.5 KB']?.precis?.median;
  if (small != null) lines.push(`- full analysis of 6.5 KB of Chinese, warm: ${small.toFixed(2)} ms (target <= 3): ${verdict(small <= 3)}`);
  const seed = results.tasks.analysis?.['seed_zh-hant_ai-race']?.precis?.median;
  if (seed != null) lines.push(`- full analysis of the 6.5 KB seed article, warm: ${seed.toFixed(2)} ms (target <= 3): ${verdict(seed <= 3)}`);
  for (const [task, inputs] of [['words', zhInputs], ['analysis', zhInputs], ['analysis', enInputs]]) {
    const first = msPerMb(results.tasks[task], inputs[0].name, 'precis');
    const last = msPerMb(results.tasks[task], inputs[inputs.length - 1].name, 'precis');
    if (first == null || last == null) continue;
    const ratio = last / first;
    lines.push(`- ${task}, time per MB at ${inputs[inputs.length - 1].name} / at ${inputs[0].name}: ${last.toFixed(0)} / ${first.toFixed(0)} ms = ${ratio.toFixed(2)} (target <= 1.3): ${verdict(ratio <= 1.3)}`);
  }
  const cold = results.cold.precis;
  if (cold != null) lines.push(`- cold start of precis: ${cold.wallMs.toFixed(1)} ms wall, ${cold.cpuMs.toFixed(1)} ms CPU (target <= 100): ${verdict(cold.wallMs <= 100)}`);
  for (const m of results.memory.filter((x) => x.name.startsWith('precis'))) {
    const ratio = m.bytes / m.inputBytes;
    lines.push(`- peak memory of ${m.name} ${m.task} on ${m.lang} #${m.sizeIndex} (${(m.inputBytes / MB).toFixed(2)} MB): ${ratio.toFixed(1)}x the input (target <= 10): ${verdict(ratio <= 10)}`);
  }
  return lines;
}
