// One tooltip for the article: hovering or focusing a highlight or a sentence says what it is
// and why (score, rank, reasons). Its lines come from describe(element) as plain strings.
export function attachTooltip(area, tip, describe) {
  let owner = null;

  function show(target) {
    const lines = describe(target);
    if (!lines?.length) return hide();
    owner = target;
    tip.replaceChildren(...lines.map((line, i) => {
      const row = document.createElement(i === 0 ? 'strong' : 'span');
      row.textContent = line;
      return row;
    }));
    tip.hidden = false;
    target.setAttribute('aria-describedby', 'tip');
    const box = target.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.max(8, Math.min(window.innerWidth - width - 8, box.left + window.scrollX));
    const below = box.bottom + 6 + tip.offsetHeight < window.innerHeight;
    tip.style.left = `${left}px`;
    tip.style.top = `${(below ? box.bottom + 6 : box.top - 6 - tip.offsetHeight) + window.scrollY}px`;
  }

  function hide() {
    owner?.removeAttribute('aria-describedby');
    owner = null;
    tip.hidden = true;
  }

  const targetOf = (node) => node.closest?.('mark.hl, .sentence');
  area.addEventListener('pointerover', (event) => {
    const target = targetOf(event.target);
    if (target && target !== owner) show(target);
  });
  area.addEventListener('pointerleave', hide);
  area.addEventListener('focusin', (event) => {
    const target = targetOf(event.target);
    if (target) show(target);
  });
  area.addEventListener('focusout', hide);
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') hide(); });
  return { hide };
}
