import { describe, expect, it } from 'vitest';
import { neighbours } from '../../src/lib/neighbours.ts';

const phases = [{ id: 'udvikling' }, { id: 'laering' }, { id: 'evaluering' }];

describe('neighbours', () => {
  it('gives the phases before and after', () => {
    expect(neighbours(phases, 'laering')).toEqual({
      previous: { id: 'udvikling' },
      next: { id: 'evaluering' },
    });
  });

  it('has no previous phase for the first and no next for the last', () => {
    expect(neighbours(phases, 'udvikling').previous).toBeUndefined();
    expect(neighbours(phases, 'evaluering').next).toBeUndefined();
  });

  it('fails for an id that is not in the sequence', () => {
    expect(() => neighbours(phases, 'ukendt')).toThrow(/ukendt/);
  });
});
