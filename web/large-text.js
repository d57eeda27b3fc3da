// Texts too long to edit comfortably (a whole book pasted or opened) stay out of the text box:
// laying out millions of characters in a <textarea> would freeze the tab. The box shows the
// beginning, read-only, and the whole text is analyzed.
import { formatNumber, t } from './i18n.js';

export const LARGE_TEXT = 300_000;  // UTF-16 code units
const PREVIEW = 4_000;

export function createLargeText({ input, notice, noticeText, clear }, onChange) {
  let text = null;

  function describe() {
    if (text === null) return;
    noticeText.textContent = t('largeText', { shown: formatNumber(PREVIEW), total: formatNumber(text.length) });
  }

  function set(value) {
    if (value.length <= LARGE_TEXT) {
      text = null;
      input.readOnly = false;
      notice.hidden = true;
      input.value = value;
    } else {
      text = value;
      input.value = `${value.slice(0, PREVIEW)}…`;
      input.readOnly = true;
      notice.hidden = false;
      describe();
    }
    onChange();
  }

  input.addEventListener('paste', (event) => {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    if (text !== null || input.value.length + pasted.length <= LARGE_TEXT) return;  // the box copes
    event.preventDefault();
    set(input.value.slice(0, input.selectionStart) + pasted + input.value.slice(input.selectionEnd));
  });
  clear.addEventListener('click', () => {
    set('');
    input.focus();
  });

  return {
    // The text to analyze: the whole large text, or what the box holds.
    value: () => text ?? input.value,
    set,
    refresh: describe,
  };
}
