import { describe, expect, it } from 'vitest';
import {
  displayQuery,
  hasSearch,
  MAX_QUERY_LENGTH,
  readSearchState,
  searchHref,
  searchTerms,
} from '../../src/lib/search-state.ts';

describe('readSearchState', () => {
  it('reads the query and the four filters from the URL', () => {
    const state = readSearchState(
      new URLSearchParams(
        'q=forbedringsm%C3%B8der&type=metode&fase=laering-og-implementering&maalgruppe=kommune&oprindelse=kk-inddragelse-2014',
      ),
    );
    expect(state).toEqual({
      q: 'forbedringsmøder',
      filters: {
        type: 'metode',
        fase: 'laering-og-implementering',
        maalgruppe: 'kommune',
        oprindelse: 'kk-inddragelse-2014',
      },
    });
  });

  it('ignores filter values that are not slugs', () => {
    expect(readSearchState(new URLSearchParams('type=<script>&fase=Evaluering')).filters).toEqual(
      {},
    );
  });

  it('cuts a very long query instead of failing', () => {
    expect(readSearchState(new URLSearchParams(`q=${'a'.repeat(5000)}`)).q).toHaveLength(
      MAX_QUERY_LENGTH,
    );
  });
});

describe('searchHref', () => {
  it('writes the search as a linkable URL with slug values', () => {
    expect(
      searchHref({
        q: 'forbedringsmøder',
        filters: { type: 'metode', fase: 'laering-og-implementering' },
      }),
    ).toBe('/soeg/?q=forbedringsm%C3%B8der&type=metode&fase=laering-og-implementering');
  });

  it('gives the bare search page for an empty search', () => {
    expect(searchHref({ q: '', filters: {} })).toBe('/soeg/');
  });

  it('round-trips through readSearchState', () => {
    const state = { q: 'læring & <b>', filters: { maalgruppe: 'praktiker' } };
    expect(readSearchState(new URL(searchHref(state), 'http://x').searchParams)).toEqual(state);
  });
});

describe('hasSearch', () => {
  it('is false for blank words and no filters, true for either', () => {
    expect(hasSearch({ q: '   ', filters: {} })).toBe(false);
    expect(hasSearch({ q: '', filters: { type: 'metode' } })).toBe(true);
    expect(hasSearch({ q: 'møder', filters: {} })).toBe(true);
  });
});

describe('searchTerms', () => {
  it('drops Danish function words from a question', () => {
    expect(searchTerms('Hvordan holder vi forbedringsmøder')).toBe('holder forbedringsmøder');
  });

  it('keeps a query made only of function words as typed', () => {
    expect(searchTerms('hvad er det')).toBe('hvad er det');
  });
});

describe('displayQuery', () => {
  it('shortens long queries for the sentence that shows them', () => {
    expect(displayQuery('x'.repeat(100))).toBe(`${'x'.repeat(60)}…`);
    expect(displayQuery('  møder ')).toBe('møder');
  });
});
