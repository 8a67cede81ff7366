/**
 * Which link and image addresses from content may reach a page, and which links leave the site. The render
 * plugins of both markdown processors (src/markdown/rehype-*.ts and satteri-*.ts) decide with these two functions,
 * so a switch of processor cannot change what is let through.
 *
 * The address is read the way a browser reads it: the WHATWG URL parser (Node's `URL`, the algorithm browsers
 * run) resolves it against a stand-in base, which strips the leading control characters and spaces and the tabs
 * and line breaks that `java\tscript:` hides behind. Only what resolves to an allowed scheme passes; everything
 * else (`javascript:`, `vbscript:`, `data:`, `file:`, unknown schemes, unparsable addresses) is refused. An
 * allow-list rather than a deny-list, as the OWASP XSS Prevention Cheat Sheet (rule 5) advises.
 */

/** Schemes a reader's browser may follow from content: the web, e-mail and telephone. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** A stand-in for the site's own address, so that relative addresses resolve; `.invalid` is reserved (RFC 2606). */
const SITE = new URL('https://site.invalid/');

function resolve(address: string): URL | undefined {
  return URL.canParse(address, SITE) ? new URL(address, SITE) : undefined;
}

/**
 * Whether an address from content may stand in a page's `href` or `src`: a relative address, a fragment, or an
 * absolute one with a scheme in the allow-list.
 *
 * @example isSafeUrl('https://example.com/a') // → true
 * @example isSafeUrl('/claims/x/') // → true
 * @example isSafeUrl(' JaVa\tScRiPt:alert(1)') // → false
 * @example isSafeUrl('data:text/html,<script>') // → false
 */
export function isSafeUrl(address: string): boolean {
  const url = resolve(address);
  return url !== undefined && SAFE_SCHEMES.has(url.protocol);
}

/**
 * Whether a (safe) link leaves the site: a web address on another host, protocol-relative ones (`//host/`)
 * included. Relative addresses, fragments, `mailto:` and `tel:` stay.
 *
 * @example isExternalUrl('https://www.wsj.com/') // → true
 * @example isExternalUrl('//evil.example/') // → true
 * @example isExternalUrl('/claims/') // → false
 */
export function isExternalUrl(address: string): boolean {
  const url = resolve(address);
  return url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== SITE.host;
}

/** The `rel` tokens an external link gets: no `window.opener` for the target, no `Referer` sent to it. */
const EXTERNAL_REL = ['noopener', 'noreferrer'];

/**
 * An external link's `rel`: the tokens it already has (a hast token list or a space-separated string), with
 * `noopener` and `noreferrer` added once each.
 *
 * @example externalRel('nofollow') // → ['nofollow', 'noopener', 'noreferrer']
 */
export function externalRel(existing: unknown): string[] {
  const tokens = Array.isArray(existing)
    ? existing.map(String)
    : typeof existing === 'string'
      ? existing.split(/\s+/)
      : [];
  return [...new Set([...tokens.filter((token) => token !== ''), ...EXTERNAL_REL])];
}
