// The legend: one checkbox per layer the current analysis has. Toggling flips a class on the
// article (no redraw, except for word spans) and takes hidden highlights out of the tab order.
import { el } from './dom.js';
import { t } from './i18n.js';

const DEFAULT_OFF = new Set(['words']);
// The legend's order: what the reader looks for first.
const LEGEND_ORDER = ['key', 'keyphrase', 'person', 'org', 'place', 'date', 'quantity', 'quote', 'sentences', 'words'];

// redraw(layer) is called for layers that need the article drawn again (words: their spans
// are only built while shown).
export function createLayers(legend, article, redraw) {
  const shown = new Map();
  let scored = false;
  // Sentence outlines are on by default only when there is no key-sentence shading to show
  // the sentences already.
  const isShown = (layer) => shown.get(layer) ?? (layer === 'sentences' ? !scored : !DEFAULT_OFF.has(layer));

  function apply(layer) {
    article.classList.toggle(`hide-${layer}`, !isShown(layer));
    for (const mark of article.querySelectorAll(`.hl-${layer}`)) {
      if (!mark.dataset.continued) mark.tabIndex = isShown(layer) ? 0 : -1;
    }
  }

  return {
    visible: isShown,
    // Shows the layers this analysis has; `model` null hides the legend.
    render(model) {
      for (const item of legend.querySelectorAll('.layer')) item.remove();
      legend.hidden = !model;
      if (!model) return;
      scored = model.scores !== null;
      const layers = LEGEND_ORDER.filter((layer) => (layer === 'key' ? model.scores !== null
        : layer === 'sentences' || layer === 'words' || model.layers.has(layer)));
      for (const layer of layers) {
        const box = el('input', { type: 'checkbox', id: `layer-${layer}`, 'data-layer': layer });
        box.checked = isShown(layer);
        box.addEventListener('change', () => {
          shown.set(layer, box.checked);
          apply(layer);
          if (layer === 'words') redraw(layer);
        });
        legend.append(el('label', { class: `layer layer-${layer}`, for: `layer-${layer}` },
          box, el('span', { class: 'swatch', 'aria-hidden': 'true' }), t(`layer_${layer}`)));
        article.classList.toggle(`hide-${layer}`, !isShown(layer));
      }
    },
  };
}
