import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/command-line.ts';
import { determinismCommand, lighthouseCommand, linksCommand, sizeCommand } from '../../tools/gates/options.ts';
import { projectRoot } from '../../tools/gates/shared.ts';

describe('the gates that read a built site', () => {
  it.each([linksCommand, sizeCommand, lighthouseCommand])(
    '$name checks dist/, or the folder --dist names',
    (command) => {
      expect(parseCommandLine(command, []).options).toEqual({ dist: join(projectRoot, 'dist') });
      expect(parseCommandLine(command, ['--dist', 'elsewhere/site']).options).toEqual({
        dist: resolve('elsewhere/site'),
      });
      expect(parseCommandLine(command, ['--dist']).error).toBe("Option '--dist <value>' argument missing");
      expect(parseCommandLine(command, ['--dsit', 'x']).error).toMatch(/^Unknown option '--dsit'/);
      expect(parseCommandLine(command, ['dist']).error).toMatch(/^Unexpected argument 'dist'/);
      expect(parseCommandLine(command, ['--help']).help).toMatch(
        new RegExp(`^usage: npm run ${command.name} \\[-- --dist <folder>\\]`, 'u'),
      );
    },
  );
});

describe('the determinism gate', () => {
  it('builds twice, or once to compare with the folder --against names', () => {
    expect(parseCommandLine(determinismCommand, []).options).toEqual({ against: undefined });
    expect(parseCommandLine(determinismCommand, ['--against', 'dist']).options).toEqual({ against: resolve('dist') });
    expect(parseCommandLine(determinismCommand, ['--against']).error).toBe(
      "Option '--against <value>' argument missing",
    );
    expect(parseCommandLine(determinismCommand, ['--dist', 'x']).error).toMatch(/^Unknown option '--dist'/);
    expect(parseCommandLine(determinismCommand, ['--help']).help).toMatch(
      /^usage: npm run gate:determinism \[-- --against <folder>\]\n/,
    );
  });
});
