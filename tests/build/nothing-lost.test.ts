import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/content-types.ts';
import { entryAddress } from '../../src/lib/urls.ts';
import { FIXED_ANCHORS } from '../../src/lib/page-anchors.ts';
import { readContentFiles } from '../support/content-files.ts';
import { builtPages } from '../support/dist.ts';

const pages = builtPages();
const byUrl = new Map(pages.map((page) => [page.url, page]));
const files = readContentFiles();

/** The page an entry becomes, if it becomes one of its own. */
function pagePath(collection: string, id: string): string | undefined {
  const address = entryAddress(collection as CollectionName, id);
  return address?.includes('#') ? undefined : address;
}

/** Where each kind of data file is shown, since it has no page of its own. */
function shownAt(file: (typeof files)[number]): { url: string; id: string } | undefined {
  const anchor = entryAddress(file.collection as CollectionName, file.id)?.split('#');
  if (anchor?.length === 2) return { url: anchor[0]!, id: anchor[1]! };
  if (file.collection === 'sequences') {
    const page = pages.find((p) => p.root.getElementById(`figur-${file.id}`));
    return page
      ? { url: page.url, id: `figur-${file.id}` }
      : { url: '(ingen side viser figuren)', id: file.id };
  }
  return undefined;
}

describe('nothing is lost between content/ and the built site', () => {
  it.each(files.map((file) => [file.file, file] as const))(
    '%s becomes exactly one page, is shown as data, or is a draft',
    (_name, file) => {
      if (file.data['draft'] === true) {
        expect(
          pagePath(file.collection, file.id) && byUrl.has(pagePath(file.collection, file.id)!),
        ).toBeFalsy();
        return;
      }
      const path = pagePath(file.collection, file.id);
      if (path) {
        expect(byUrl.has(path)).toBe(true);
        expect(pages.filter((page) => page.url === path)).toHaveLength(1);
        return;
      }
      if (file.collection === 'origins') {
        // An origin is named on the pages of the findings and methods that come from it.
        expect(pages.some((page) => page.root.text.includes(String(file.data['name'])))).toBe(true);
        return;
      }
      const shown = shownAt(file);
      expect(shown, `${file.file} hører hverken til en side eller er erklæret data`).toBeDefined();
      expect(byUrl.get(shown!.url)?.root.getElementById(shown!.id)).toBeTruthy();
    },
  );
});

describe('the fixed anchors the content check relies on', () => {
  const withAnchors = Object.entries(FIXED_ANCHORS).filter(([, anchors]) => anchors.length > 0);
  it.each(withAnchors)('are on every %s page', (collection, anchors) => {
    const paths = files
      .filter((file) => file.collection === collection && file.data['draft'] !== true)
      .map((file) => pagePath(collection, file.id)!);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const page = byUrl.get(path)!;
      expect(
        anchors.filter((anchor) => !page.root.getElementById(anchor)),
        path,
      ).toEqual([]);
    }
  });
});
