import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import {
  breadcrumbList,
  findingReport,
  guideHowTo,
  jsonLdText,
  websiteAndOrganization,
} from '../../src/lib/structured-data.ts';

const page = {
  title: 'F01: Titel',
  summary: 'Kort.',
  url: `${site.origin}/resultater/titel/`,
  published: '2026-01-01',
  modified: '2026-02-01',
  version: '1.1',
};

describe('breadcrumbList', () => {
  it('numbers the trail from 1 and gives each step an absolute address', () => {
    const list = breadcrumbList([
      { label: 'Forside', href: '/' },
      { label: 'Resultater', href: '/resultater/' },
    ]);
    expect(list['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Forside', item: `${site.origin}/` },
      { '@type': 'ListItem', position: 2, name: 'Resultater', item: `${site.origin}/resultater/` },
    ]);
  });
});

describe('findingReport', () => {
  it('is a Report by the publisher, under the site licence, based on its sources', () => {
    const report = findingReport({ ...page, id: 'F01', sources: ['https://x.example/kilde/'] });
    expect(report).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      identifier: 'F01',
      dateModified: '2026-02-01',
      version: '1.1',
      license: site.licence.url,
      publisher: { '@type': 'Organization', name: site.publisher },
      isBasedOn: ['https://x.example/kilde/'],
    });
  });
});

describe('guideHowTo', () => {
  it('lists the steps in order', () => {
    const howTo = guideHowTo({
      ...page,
      steps: [
        { title: 'Et', text: 'a' },
        { title: 'To', text: 'b' },
      ],
    });
    expect(
      (howTo['step'] as { position: number; name: string }[]).map((s) => [s.position, s.name]),
    ).toEqual([
      [1, 'Et'],
      [2, 'To'],
    ]);
  });
});

describe('websiteAndOrganization', () => {
  it('points the search action at the search page with the query slot', () => {
    const [website] = websiteAndOrganization('Om webstedet.');
    expect((website?.['potentialAction'] as { target: string }).target).toBe(
      `${site.origin}/soeg/?q={search_term_string}`,
    );
  });
});

describe('jsonLdText', () => {
  it('escapes "<" so no value can close the script element', () => {
    expect(jsonLdText({ a: '</script><script>' })).not.toContain('</script>');
  });
});
