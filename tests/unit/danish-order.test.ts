import { describe, expect, it } from 'vitest';
import { groupByInitial, sortDanish } from '../../src/lib/danish-order.ts';

const same = (text: string) => text;

describe('sortDanish', () => {
  it('puts æ, ø and å after z, in that order', () => {
    expect(sortDanish(['Åben', 'Ønske', 'Zone', 'Ærlig', 'Abe'], same)).toEqual([
      'Abe',
      'Zone',
      'Ærlig',
      'Ønske',
      'Åben',
    ]);
  });

  it('sorts finding ids by number', () => {
    expect(sortDanish(['F10', 'F02', 'F01'], same)).toEqual(['F01', 'F02', 'F10']);
  });
});

describe('groupByInitial', () => {
  it('groups terms under their capital first letter, A–Å', () => {
    const groups = groupByInitial(['recovery', 'Pulje', 'pårørende', 'Omsorg'], same);
    expect(groups.map((group) => [group.letter, group.items])).toEqual([
      ['O', ['Omsorg']],
      ['P', ['Pulje', 'pårørende']],
      ['R', ['recovery']],
    ]);
  });
});
