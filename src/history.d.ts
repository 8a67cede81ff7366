/** The first-published days read from git by the build (src/integrations/history-module.ts). */
declare module 'virtual:claimline/history' {
  /** Day (`YYYY-MM-DD`, UTC) by path from the project root; empty when history is unavailable. */
  export const firstPublished: Readonly<Record<string, string>>;
}
