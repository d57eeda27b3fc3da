// The legend: one checkbox per layer the current analysis has. Toggling only flips a class on
// the article (no re-render), and takes hidden highlights out of the tab order.
import { el } from './dom.js';
import { HIGHLIGHT_LAYERS } from './model.js';
import { t } from './i18n.js';

const DEFAULT_OFF = new Set(['words']);

export function createLayers(legend, article) {
  const shown = new Map();
  const isShown = (layer) => shown.get(layer) ?? !DEFAULT_OFF.has(layer);

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
      const layers = ['sentences'];
      if (model.scores) layers.push('key');
      layers.push(...HIGHLIGHT_LAYERS.filter((layer) => model.layers.has(layer)), 'words');
      for (const layer of layers) {
        const box = el('input', { type: 'checkbox', id: `layer-${layer}`, 'data-layer': layer });
        box.checked = isShown(layer);
        box.addEventListener('change', () => {
          shown.set(layer, box.checked);
          apply(layer);
        });
        legend.append(el('label', { class: `layer layer-${layer}`, for: `layer-${layer}` },
          box, el('span', { class: 'swatch', 'aria-hidden': 'true' }), t(`layer_${layer}`)));
        article.classList.toggle(`hide-${layer}`, !isShown(layer));
      }
    },
  };
}
