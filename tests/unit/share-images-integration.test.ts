import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import shareImages from '../../src/integrations/share-images.ts';

describe('the share images integration', () => {
  it('under astro dev, serves every image from one route that draws it on request', async () => {
    const routes: { pattern: string; entrypoint: string | URL }[] = [];
    const { hooks } = shareImages({
      content: () => Promise.reject(new Error('a dev server does not wait for the check')),
    });
    // Only the fields the hook reads are given.
    await (hooks['astro:config:setup'] as (options: unknown) => Promise<void>)({
      command: 'dev',
      config: { cacheDir: new URL('file:///nowhere/') },
      injectRoute: (route: { pattern: string; entrypoint: string | URL }) => routes.push(route),
    });
    expect(routes.map((route) => route.pattern)).toEqual(['/og/[...path].png']);
    const entrypoint = routes[0]?.entrypoint;
    expect(entrypoint instanceof URL && existsSync(fileURLToPath(entrypoint))).toBe(true);
  });

  it('does nothing for other commands, and reports nothing at build:done when it drew nothing', async () => {
    const { hooks } = shareImages({ content: () => Promise.reject(new Error('not asked')) });
    await (hooks['astro:config:setup'] as (options: unknown) => Promise<void>)({
      command: 'preview',
      config: { cacheDir: new URL('file:///nowhere/') },
      injectRoute: () => {
        throw new Error('no route outside dev');
      },
    });
    const infos: string[] = [];
    await (hooks['astro:build:done'] as (options: unknown) => Promise<void>)({
      dir: new URL('file:///nowhere/'),
      logger: { info: (line: string) => infos.push(line) },
    });
    expect(infos).toEqual([]);
  });
});
