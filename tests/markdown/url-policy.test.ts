import { describe, expect, it } from 'vitest';
import { externalRel, isExternalUrl, isSafeUrl } from '../../src/markdown/url-policy.ts';

describe('isSafeUrl', () => {
  it.each([
    'https://example.com/a?b#c',
    'http://example.com',
    '/claims/x/',
    'x/y',
    '../up',
    '#top',
    '?q=1',
    'mailto:a@example.com',
    'tel:+441234',
    '//cdn.example/x',
    '',
  ])('lets %j through', (address) => {
    expect(isSafeUrl(address)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' \u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript\r:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml;base64,AAAA',
    'file:///etc/passwd',
    'blob:https://example.com/uuid',
    'ftp://example.com/',
    'http://[broken',
  ])('refuses %j', (address) => {
    expect(isSafeUrl(address)).toBe(false);
  });

  it('reads percent-encoded schemes as the relative paths browsers take them for', () => {
    // `%09` is not a tab in a scheme: the browser resolves this against the page, as the policy does.
    expect(isSafeUrl('jav%09ascript:alert(1)')).toBe(true);
  });
});

describe('isExternalUrl', () => {
  it.each([
    ['https://www.wsj.com/', true],
    ['http://example.com', true],
    ['//evil.example/x', true],
    ['/claims/', false],
    ['#top', false],
    ['relative/path', false],
    ['mailto:a@example.com', false],
    ['javascript:alert(1)', false],
  ])('%j → %s', (address, external) => {
    expect(isExternalUrl(address)).toBe(external);
  });
});

describe('externalRel', () => {
  it('adds noopener and noreferrer once to what is there', () => {
    expect(externalRel(undefined)).toEqual(['noopener', 'noreferrer']);
    expect(externalRel('nofollow  noopener')).toEqual(['nofollow', 'noopener', 'noreferrer']);
    expect(externalRel(['noreferrer'])).toEqual(['noreferrer', 'noopener']);
  });
});
