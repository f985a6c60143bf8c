import { describe, expect, it } from 'vitest';
import { describeValue, issueMessage } from '../../../src/checks/zod-messages.ts';

const issue = (code: string, extra: object = {}) => ({
  code,
  path: ['felt'],
  message: '',
  ...extra,
});

describe('issueMessage', () => {
  it('asks for a missing value by its type', () => {
    expect(issueMessage(issue('invalid_type', { expected: 'string' }), {})).toBe(
      'mangler; skriv en tekst',
    );
  });

  it('names what was expected and what was found', () => {
    expect(issueMessage(issue('invalid_type', { expected: 'boolean' }), { felt: 'ja' })).toBe(
      'skal være true eller false, men er "ja"',
    );
  });

  it('lists the allowed values', () => {
    const message = issueMessage(issue('invalid_value', { values: ['a', 'b'] }), { felt: 'c' });
    expect(message).toBe('skal være en af "a", "b", men er "c"');
  });

  it('counts the points of a list that is too short, and calls an empty text empty', () => {
    expect(issueMessage(issue('too_small', { origin: 'array', minimum: 2 }), { felt: ['a'] })).toBe(
      'skal have mindst 2 punkt(er), men har 1',
    );
    expect(issueMessage(issue('too_small', { origin: 'string' }), { felt: '' })).toBe(
      'må ikke være tom',
    );
  });

  it('passes on the schema’s own Danish message with the value found', () => {
    const message = issueMessage(issue('custom', { message: 'Datoen findes ikke i kalenderen' }), {
      felt: '2026-02-30',
    });
    expect(message).toBe('datoen findes ikke i kalenderen, men er "2026-02-30"');
  });

  it('falls back to a plain sentence when the schema gives no sentence of its own', () => {
    expect(issueMessage(issue('custom', { message: '' }), { felt: 3 })).toBe(
      'har ikke den rigtige form (3)',
    );
  });
});

describe('describeValue', () => {
  it('describes values the way an editor sees them in the file', () => {
    expect([undefined, null, 'x', [1], { a: 1 }, 4].map(describeValue)).toEqual([
      'intet',
      'en tom værdi',
      '"x"',
      'en liste',
      'felter',
      '4',
    ]);
  });
});
