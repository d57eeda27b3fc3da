// Small helpers that build DOM from text nodes and attributes only: nothing on the page ever
// goes through an HTML parser, so pasted markup can only ever be shown as text.

const SVG_NS = 'http://www.w3.org/2000/svg';

// el('button', { class: 'x', 'aria-pressed': 'false' }, 'text', childNode, ...)
export function el(tag, attributes, ...children) {
  return fill(document.createElement(tag), attributes, children);
}

export function svg(tag, attributes, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attributes, children);
}

function fill(node, attributes, children) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

// Lets the browser paint and handle input between slices of long work.
export function yieldToBrowser() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
