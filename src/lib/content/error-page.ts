/**
 * The page `astro dev` serves in place of any page while content has errors: the check's own lines, so the browser
 * never shows stale content as if it were current, nor a stack trace. Dev only; a build with errors stops instead.
 *
 * @example
 * contentErrorPage(['content/claims/a/01-x.md:3: kind: must be one of …'], 'content check failed: … 1 errors …')
 * // → '<!doctype html>…<li><code>content/claims/a/01-x.md:3: kind: must be one of …</code></li>…'
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML character data and attribute values (HTML Living Standard, 13.1.4: `<`, `&` and quotes). */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);

/** Seconds between the page's own reloads, so that fixing the file brings the site back without a keystroke. */
export const RELOAD_SECONDS = 2;

export function contentErrorPage(lines: readonly string[], summary: string): string {
  const items = lines.map((line) => `<li><code>${escapeHtml(line)}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${String(RELOAD_SECONDS)}">
<title>Content errors: Claimline (dev)</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}code{white-space:pre-wrap;overflow-wrap:anywhere}li{margin:.5rem 0}</style>
</head>
<body>
<main>
<h1>The content has errors</h1>
<p>${escapeHtml(summary)}</p>
<ul>
${items}
</ul>
<p>This page reloads every ${String(RELOAD_SECONDS)} seconds and shows the site again once the files are fixed; <code>npm run check:content</code> prints the same lines.</p>
</main>
</body>
</html>
`;
}
