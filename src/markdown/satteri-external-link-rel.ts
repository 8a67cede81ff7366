import { defineHastPlugin } from 'satteri';
import { externalRel, isExternalUrl } from './url-policy.ts';

/**
 * Sätteri hast plugin: a link that leaves the site gets `rel="noopener noreferrer"`, so the page it opens cannot
 * reach back through `window.opener` and is not told which claim the reader came from. Links inside the site,
 * fragments, `mailto:` and `tel:` are left alone; `rel` tokens already present are kept. The twin of
 * rehype-external-link-rel.ts.
 *
 * @example
 * // input (markdown)
 * [WSJ](https://www.wsj.com/) and [home](/)
 * // output (HTML)
 * <p><a href="https://www.wsj.com/" rel="noopener noreferrer">WSJ</a> and <a href="/">home</a></p>
 */
const satteriExternalLinkRel = defineHastPlugin({
  name: 'claimline-external-link-rel',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties.href;
      if (typeof href === 'string' && isExternalUrl(href))
        ctx.setProperty(node, 'rel', externalRel(node.properties.rel));
    },
  },
});

export default satteriExternalLinkRel;
