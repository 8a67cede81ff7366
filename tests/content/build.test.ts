import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstroBuild } from '../helpers/cli.ts';
import { fixtureProject } from '../helpers/fixtures.ts';

// Real `astro build` runs: slower, so only the cases that prove the wiring (the hook tests cover every kind).
describe('astro build on fixture content', () => {
  it('fails on bad content and prints the same path:line: field: line as the check', () => {
    const result = runAstroBuild(fixtureProject('bad', 'unknown-key'));
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('content/claims/harbour-report/02-repairs.md:4: excrept: ');
  });

  it('builds content saved with a byte-order mark and CRLF line endings', () => {
    const dir = fixtureProject('good', 'bom-and-crlf');
    const result = runAstroBuild(dir);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const exported = JSON.parse(readFileSync(join(dir, 'dist', 'claims.json'), 'utf8')) as {
      claims: { id: string; excerpt: string; date: { start: string } | null }[];
    };
    const aid = exported.claims.find((claim) => claim.id === 'harbour-report/03-aid');
    expect(aid).toMatchObject({
      excerpt: 'Mayor Ana Ruiz said the town would ask for national aid.',
      date: { start: '2025-03-10' },
    });
  });
});
