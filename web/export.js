// Export: the summary as Markdown (copied or downloaded) and the whole analysis as a JSON file.
// Downloads are made from Blobs in the page: nothing is sent anywhere.

// Escapes what Markdown would read as markup, so the summary stays the article's own text.
function escapeMarkdown(text) {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^([#+-]|\d+\.)/, '\\$1');
}

export function summaryMarkdown(model, heading) {
  if (!model?.summary) return '';
  const lines = model.summary.sentences.map((index, i) => {
    const sentence = model.summary.spans?.[i] ?? model.sentences[index];
    return `- ${escapeMarkdown(model.text.slice(sentence.start, sentence.end))}`;
  });
  return `## ${heading}\n\n${lines.join('\n')}\n`;
}

export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function copyText(text) {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Denied (e.g. no user activation): fall back to a selection copy below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('the browser refused to copy');
}
