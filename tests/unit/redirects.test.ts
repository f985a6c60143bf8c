import { describe, expect, it } from 'vitest';
import { collidingClaims, shortFindingPath, urlCollisions } from '../../src/lib/redirects.ts';

const claim = (url: string, file: string, field = 'aliases') => ({ url, file, field });

describe('shortFindingPath', () => {
  it('makes the short address from the id, in lower case, under the findings', () => {
    expect(shortFindingPath('F07')).toBe('/resultater/f07/');
  });
});

describe('collidingClaims', () => {
  it('groups only the addresses claimed more than once', () => {
    const groups = collidingClaims([
      claim('/a/', 'x'),
      claim('/b/', 'y'),
      claim('/a/', 'z', 'filnavn'),
    ]);
    expect(groups).toEqual([[claim('/a/', 'x'), claim('/a/', 'z', 'filnavn')]]);
  });
});

describe('urlCollisions', () => {
  it('names every file and field that claims the shared address', () => {
    expect(urlCollisions([claim('/a/', 'x.mdx'), claim('/a/', 'y.mdx', 'id')])).toEqual([
      'x.mdx: feltet "aliases" og y.mdx: feltet "id" gør krav på samme adresse /a/',
    ]);
    expect(urlCollisions([claim('/a/', 'x.mdx')])).toEqual([]);
  });
});
