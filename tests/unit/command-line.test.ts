import { describe, expect, it } from 'vitest';
import { defineCommand, parseCommandLine, UsageError, wholeNumber } from '../../src/cli/command-line.ts';

const command = defineCommand({
  name: 'tool',
  usage: 'usage: tool [--out DIR] [--runs N] [--loud] [file …]',
  positionals: true,
  options: {
    out: { type: 'string' },
    runs: { type: 'string', default: '2' },
    loud: { type: 'boolean', default: false },
  },
  read: (values, positionals) => {
    if (values.out === '') throw new UsageError('--out must name a folder');
    return { out: values.out, runs: wholeNumber('--runs', values.runs), loud: values.loud, files: positionals };
  },
});
const noFiles = defineCommand({ name: 'plain', usage: 'usage: plain', options: {}, read: () => 'ran' });

describe('parseCommandLine', () => {
  it('reads every option, in either form, with the defaults for those not given', () => {
    expect(parseCommandLine(command, []).options).toEqual({ out: undefined, runs: 2, loud: false, files: [] });
    expect(parseCommandLine(command, ['--out', 'a', '--runs=5', '--loud', 'x.md', 'y.md']).options).toEqual({
      out: 'a',
      runs: 5,
      loud: true,
      files: ['x.md', 'y.md'],
    });
  });

  it('takes the last of a repeated option, as shells and npm pass them through', () => {
    expect(parseCommandLine(command, ['--runs', '3', '--runs', '4']).options?.runs).toBe(4);
  });

  it('reads what follows `--` as files, even when it looks like an option', () => {
    expect(parseCommandLine(command, ['--loud', '--', '--runs']).options).toMatchObject({
      loud: true,
      files: ['--runs'],
    });
  });

  it('answers --help and -h with the usage, whatever else is on the line', () => {
    expect(parseCommandLine(command, ['--help'])).toEqual({ help: command.usage });
    expect(parseCommandLine(command, ['--runs', 'x', '-h'])).toEqual({ help: command.usage });
    expect(parseCommandLine(noFiles, ['--help']).help).toBe('usage: plain');
  });

  it('refuses an unknown option, a missing value and a value given to a switch, each on one line', () => {
    const errors = [
      parseCommandLine(command, ['--fast']).error,
      parseCommandLine(command, ['--out']).error,
      parseCommandLine(command, ['--out', '--loud']).error,
      parseCommandLine(command, ['--loud=yes']).error,
      parseCommandLine(noFiles, ['file.md']).error,
    ];
    expect(errors[0]).toMatch(/^Unknown option '--fast'/);
    expect(errors[1]).toBe("Option '--out <value>' argument missing");
    expect(errors[2]).toMatch(/^Option '--out' argument is ambiguous\. Did you forget/);
    expect(errors[3]).toBe("Option '--loud' does not take an argument");
    expect(errors[4]).toMatch(/^Unexpected argument 'file\.md'/);
    for (const error of errors) expect(error).not.toContain('\n');
  });

  it("reports a value the tool cannot take as the tool words it, and lets the tool's other errors through", () => {
    expect(parseCommandLine(command, ['--runs', 'many']).error).toBe('--runs must be a whole number, not "many"');
    expect(parseCommandLine(command, ['--out=']).error).toBe('--out must name a folder');
    const broken = defineCommand({
      name: 'broken',
      usage: '',
      options: {},
      read: () => {
        throw new RangeError('a bug');
      },
    });
    expect(() => parseCommandLine(broken, [])).toThrow(RangeError);
    expect(parseCommandLine(noFiles, []).options).toBe('ran');
  });
});

describe('wholeNumber', () => {
  it('takes digits only, at least the least', () => {
    expect(wholeNumber('--runs', '3')).toBe(3);
    expect(wholeNumber('--seed', '0', 0)).toBe(0);
    expect(() => wholeNumber('--runs', '0')).toThrow('--runs must be at least 1');
    expect(() => wholeNumber('--runs', '2.5')).toThrow('--runs must be a whole number, not "2.5"');
    expect(() => wholeNumber('--runs', '-1')).toThrow(UsageError);
    expect(() => wholeNumber('--runs', '')).toThrow(UsageError);
  });
});
