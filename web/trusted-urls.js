// The page's only Trusted Types policy: the Content-Security-Policy makes every HTML and script
// sink refuse plain strings, and this policy vouches only for this origin's two worker scripts.
const ALLOWED = new Set(['worker.js', 'sw.js']);

const policy = globalThis.trustedTypes?.createPolicy('precis', {
  createScriptURL(url) {
    const parsed = new URL(url, location.href);
    const name = parsed.pathname.split('/').pop();
    if (parsed.origin !== location.origin || !ALLOWED.has(name)) throw new Error(`precis: refusing script URL ${url}`);
    return parsed.href;
  },
});

export function scriptUrl(url) {
  return policy ? policy.createScriptURL(String(url)) : String(url);
}
