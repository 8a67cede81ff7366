/**
 * Whether a page's dark colour scheme changes only colours. When it does, the axe gate's dark pass needs only
 * the rules that read colours (checking everything again would find the same as the light pass, at twice the
 * cost); when it changes anything else, the dark pass runs every rule.
 */

/** axe-core's rules, among those tagged WCAG 2.x A/AA, whose outcome depends on computed colours. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** Properties that only paint: they change what colour things are, never what is on the page or where. */
const paintProperties = new Set([
  'color',
  'background-color',
  'border-color',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'border-block-color',
  'border-inline-color',
  'outline-color',
  'text-decoration-color',
  'caret-color',
  'accent-color',
  'column-rule-color',
  'fill',
  'stroke',
  'color-scheme',
]);

/**
 * Whether declarations with these property names (those inside `prefers-color-scheme: dark` rules) change
 * colours only: custom properties (design tokens, `--bg`) and paint properties. Anything else, `display`
 * or `font-size` say, may change what axe finds beyond colours.
 *
 * @example onlyColours(['--bg', '--fg', 'color']) // → true
 * @example onlyColours(['--bg', 'display']) // → false
 */
export function onlyColours(properties: readonly string[]): boolean {
  return properties.every((property) => property.startsWith('--') || paintProperties.has(property.toLowerCase()));
}
