import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST } from '../support/dist.ts';

const pages = builtPages();
const byUrl = new Map(pages.map((page) => [page.url, page]));

/** Link texts that say nothing about where the link goes. */
const VAGUE_LINK_TEXT = /^(klik her|her|læs mere|læs mere her|link)$/i;

describe('links in the built site', () => {
  const links = pages.flatMap((page) =>
    page.root.querySelectorAll('a[href]').map((a) => ({ from: page.url, href: a.getAttribute('href') ?? '', text: a.text.trim() })),
  );
  const internal = links.filter((link) => link.href.startsWith('/') || link.href.startsWith('#'));

  it('finds internal links to check', () => {
    expect(internal.length).toBeGreaterThan(300);
  });

  it('lead only to pages and anchors that exist', () => {
    const broken = internal.filter(({ from, href }) => {
      const [path = '', anchor] = href.startsWith('#') ? [from, href.slice(1)] : href.split('#');
      // Files such as the feed and the citation downloads are served as they are.
      if (/\.[a-z0-9]+$/i.test(path)) return !existsSync(join(DIST, path));
      const target = byUrl.get(path);
      if (!target) return true;
      return anchor !== undefined && anchor !== '' && !target.root.getElementById(decodeURIComponent(anchor));
    });
    expect(broken).toEqual([]);
  });

  it('always end internal page paths with a slash', () => {
    const unslashed = internal.filter(({ href }) => {
      const path = href.split('#')[0] ?? '';
      return path !== '' && !path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path);
    });
    expect(unslashed).toEqual([]);
  });

  it('say where they lead', () => {
    expect(links.filter((link) => VAGUE_LINK_TEXT.test(link.text) || link.text === '')).toEqual([]);
  });
});

describe('personal data', () => {
  it('never appears: not the caseworker, the direct phone number or the e-mail address', () => {
    const leaks = pages.filter((page) => /Thomas Lund|2053\s?6318|EI99@|@sof\.kk\.dk/i.test(page.html)).map((page) => page.url);
    expect(leaks).toEqual([]);
  });
});
