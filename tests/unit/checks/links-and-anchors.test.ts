import { describe, expect, it } from 'vitest';
import { internalLinks, linksAndAnchors } from '../../../src/checks/links-and-anchors.ts';
import { contextFor, page, sample } from './samples.ts';

type File = ReturnType<typeof sample>;
const check = (...files: File[]) => linksAndAnchors(files, contextFor(files));
const messages = async (...files: File[]) => (await check(...files)).map((line) => line.message);
const linking = (body: string) => page('findings/a.mdx', 'id: F01', `${body}\n`);
const NO_PAGE =
  'fører ikke til nogen side; adresser skrives som /mappe/navn/ med skråstreg til sidst';
const method = page(
  'methods/maal.mdx',
  'title: Mål',
  '## Hvad kilden ikke oplyser\n\n## Trin\n\n## Trin\n',
);

describe('linksAndAnchors', () => {
  it('rejects a link to a page that does not exist, at its line', async () => {
    expect(await check(linking('Se [metoden](/metoder/findes-ikke/).'))).toEqual([
      {
        level: 'fejl',
        file: 'content/findings/a.mdx',
        line: 5,
        message: `linket til /metoder/findes-ikke/ ${NO_PAGE}`,
      },
    ]);
  });

  it('accepts links to entries, fixed pages, feeds, former and short addresses', async () => {
    const moved = page('guides/ny.mdx', 'title: Ny\naliases:\n  - /vejledninger/gammel/');
    const body = [
      '[a](/metoder/maal/) [b](/soeg/) [c](/rss.xml) [d](/vejledninger/gammel/) [e](/resultater/f01/)',
      '<a href="/resultater/">f</a> [g](/sitemap-index.xml) [h](/favicon.svg)',
    ].join('\n');
    expect(await messages(linking(body), method, moved)).toEqual([]);
  });

  it('accepts the citation files of a finding or source that exists, and no others', async () => {
    const body =
      '[a](/citat/resultater/a.ris) [b](/citat/kilder/k.bib) [c](/citat/resultater/x.json)';
    expect(await messages(linking(body), page('sources/k.mdx', 'title: K'))).toEqual([
      `linket til /citat/resultater/x.json ${NO_PAGE}`,
    ]);
  });

  it('accepts anchors from the page’s headings, numbered as the site numbers them', async () => {
    const body =
      '[a](/metoder/maal/#hvad-kilden-ikke-oplyser) [b](/metoder/maal/#trin-2) [c](/metoder/maal/#kilder)';
    expect(await messages(linking(body), method)).toEqual([]);
  });

  it('rejects an anchor the page does not have', async () => {
    expect(await messages(linking('[a](/metoder/maal/#trin-3)'), method)).toEqual([
      'ankeret #trin-3 findes ikke på /metoder/maal/',
    ]);
  });

  it('checks anchors on an entry page against its fixed sections', async () => {
    const model = page('model/m.mdx', 'title: M', 'Tekst.\n');
    expect(
      await messages(linking('[a](/model/#maalgruppe) [b](/model/#findes-ikke)'), model),
    ).toEqual(['ankeret #findes-ikke findes ikke på /model/']);
  });

  it('checks glossary anchors against the published terms', async () => {
    const term = sample('glossary/recovery.yaml', 'term: Recovery\n');
    expect(
      await messages(linking('[a](/ordliste/#recovery) [b](/ordliste/#findes-ikke)'), term),
    ).toEqual(['ankeret #findes-ikke findes ikke på /ordliste/']);
  });

  it('rejects a link to a draft, page or glossary term', async () => {
    const draft = page('methods/kladde.mdx', 'title: K\ndraft: true');
    const term = sample('glossary/kladde.yaml', 'term: K\ndraft: true\n');
    expect(
      await messages(linking('[a](/metoder/kladde/) [b](/ordliste/#kladde)'), draft, term),
    ).toEqual([
      'linket til /metoder/kladde/ fører til en kladde, som ikke udgives',
      'linket til /ordliste/#kladde fører til en kladde, som ikke udgives',
    ]);
  });

  it('accepts any anchor on a page whose body does not compile, which the MDX check reports', async () => {
    const broken = page('methods/brudt.mdx', 'title: B', '## Afsnit\n\nEn <div> uden slutmærke.\n');
    expect(await messages(linking('[a](/metoder/brudt/#hvad-som-helst)'), broken)).toEqual([]);
  });

  it('reads no links in drafts', async () => {
    expect(
      await check(page('findings/a.mdx', 'id: F01\ndraft: true', '[a](/findes-ikke/)\n')),
    ).toEqual([]);
  });
});

describe('internalLinks', () => {
  it('finds Markdown links with titles and href attributes, with their lines', () => {
    expect(
      internalLinks('[a](/x/ "Titel")\n<a href="/y/#z">b</a> [c](https://example.dk/)', 10),
    ).toEqual([
      { line: 10, path: '/x/', anchor: undefined },
      { line: 11, path: '/y/', anchor: 'z' },
    ]);
  });
});
