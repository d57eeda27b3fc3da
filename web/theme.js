// Light and dark themes: follows prefers-color-scheme until the toggle is used, then
// remembers the choice in this browser.
const KEY = 'precis-theme';

export function initTheme(button, label, t) {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  let chosen = localStorage.getItem(KEY);
  const current = () => chosen ?? (media.matches ? 'dark' : 'light');
  const apply = () => {
    document.documentElement.dataset.theme = current();
    label.textContent = t(current() === 'dark' ? 'themeToLight' : 'themeToDark');
    button.setAttribute('aria-pressed', String(current() === 'dark'));
  };
  button.addEventListener('click', () => {
    chosen = current() === 'dark' ? 'light' : 'dark';
    localStorage.setItem(KEY, chosen);
    apply();
  });
  media.addEventListener('change', apply);
  apply();
  return { refresh: apply };
}
