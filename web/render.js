// Builds the analysed article as DOM from text nodes only: pasted text is never parsed as HTML.

function element(tag, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

// Appends text[from, to) to `parent`, wrapping each non-space token in a span.
function appendTokens(parent, text, tokens, from, to, cursor) {
  let position = from;
  while (cursor.index < tokens.length && tokens[cursor.index].end <= from) cursor.index++;
  for (; cursor.index < tokens.length && tokens[cursor.index].start < to; cursor.index++) {
    const token = tokens[cursor.index];
    const start = Math.max(token.start, from);
    const end = Math.min(token.end, to);
    if (start > position) parent.append(document.createTextNode(text.slice(position, start)));
    if (token.kind === 'whitespace') {
      parent.append(document.createTextNode(text.slice(start, end)));
    } else {
      const span = element('span', `token kind-${token.kind}`);
      span.dataset.start = String(token.start);
      span.append(document.createTextNode(text.slice(start, end)));
      parent.append(span);
    }
    position = end;
    if (token.end > to) break;
  }
  if (position < to) parent.append(document.createTextNode(text.slice(position, to)));
}

export function renderArticle(container, analysis) {
  const { text, paragraphs, sentences, tokens } = analysis;
  const fragment = document.createDocumentFragment();
  const cursor = { index: 0 };
  let s = 0;
  paragraphs.forEach((paragraph, p) => {
    const block = element('p');
    let position = paragraph.start;
    for (; s < sentences.length && sentences[s].paragraph === p; s++) {
      const sentence = sentences[s];
      if (sentence.start > position) appendTokens(block, text, tokens, position, sentence.start, cursor);
      const span = element('span', 'sentence');
      span.dataset.index = String(s);
      appendTokens(span, text, tokens, sentence.start, sentence.end, cursor);
      block.append(span);
      position = sentence.end;
    }
    if (position < paragraph.end) appendTokens(block, text, tokens, position, paragraph.end, cursor);
    fragment.append(block);
  });
  container.replaceChildren(fragment);
}
