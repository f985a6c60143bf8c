import { describe, expect, it } from 'vitest';
import { COLLECTIONS, CONTENT_TYPES, contentType } from '../../src/content-types.ts';
import { ENTRY_KINDS } from '../../src/lib/entry-templates.ts';
import { FIXED_PAGES } from '../../src/lib/fixed-pages.ts';
import { MAIN_NAV } from '../../src/lib/nav.ts';
import { FIXED_ANCHORS } from '../../src/lib/page-anchors.ts';
import { SEARCH_TYPES } from '../../src/lib/search-index.ts';
import { slugify } from '../../src/lib/slug.ts';
import { entryAddress, overviewUrl } from '../../src/lib/urls.ts';

const types = COLLECTIONS.map((name) => [name, contentType(name)] as const);
const duplicates = (values: readonly unknown[]) =>
  values.filter((value, index) => values.indexOf(value) !== index);

describe('CONTENT_TYPES', () => {
  it('gives every collection its own folder', () => {
    expect(duplicates(types.map(([, type]) => type.folder))).toEqual([]);
  });

  it('gives every search type its own slug, the slug of its label', () => {
    const searched = types.flatMap(([, type]) => (type.search ? [type.search] : []));
    expect(duplicates(searched.map((search) => search.slug))).toEqual([]);
    for (const search of searched) expect(slugify(search.label)).toBe(search.slug);
  });

  it('gives every `npm run new` kind and every menu place once', () => {
    expect(duplicates(types.flatMap(([, type]) => (type.newKind ? [type.newKind] : [])))).toEqual(
      [],
    );
    expect(duplicates(types.flatMap(([, type]) => (type.nav ? [type.nav.order] : [])))).toEqual([]);
  });

  it('writes every fixed anchor as a slug, and no anchor twice on one kind of page', () => {
    for (const [, type] of types) {
      const ids = Object.values(type.anchors);
      expect(duplicates(ids)).toEqual([]);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('starts and ends every route path with a slash', () => {
    for (const [, type] of types)
      if (type.route && 'path' in type.route) expect(type.route.path).toMatch(/^\/(?:[a-z-]+\/)*$/);
  });
});

describe('what derives from the registry', () => {
  it('gives the search page one filter value per searchable type', () => {
    expect(Object.keys(SEARCH_TYPES)).toEqual(
      types.flatMap(([, type]) => (type.search ? [type.search.slug] : [])),
    );
  });

  it('puts every type with a menu place in the menu, in order, at its overview', () => {
    const withNav = types
      .filter(([, type]) => type.nav)
      .sort(([, a], [, b]) => a.nav!.order - b.nav!.order);
    expect(MAIN_NAV.map((item) => item.href)).toEqual(withNav.map(([name]) => overviewUrl(name)));
  });

  it('lets `npm run new` create every kind the registry names, in the right folder', () => {
    for (const [name, type] of types) {
      if (type.newKind) expect(ENTRY_KINDS[type.newKind]?.folder).toBe(CONTENT_TYPES[name].folder);
    }
  });

  it('lists each type’s anchors for the content check', () => {
    for (const [name, type] of types)
      expect(FIXED_ANCHORS[name]).toEqual(Object.values(type.anchors));
  });

  it('keeps the fixed pages apart from every entry address', () => {
    expect(duplicates(FIXED_PAGES)).toEqual([]);
    expect(FIXED_PAGES).not.toContain(entryAddress('findings', 'x'));
  });

  it('publishes glossary terms as anchors and data figures nowhere', () => {
    expect(entryAddress('glossary', 'recovery')).toBe(`${overviewUrl('glossary')}#recovery`);
    expect(entryAddress('sequences', 'x')).toBeUndefined();
    expect(entryAddress('pages', 'om/redaktion')).toBe('/om/redaktion/');
  });
});
