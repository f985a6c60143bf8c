// Every guide has a printable pocket card: its purpose, steps and checklist as the guide has them,
// a box to tick for each check, and the guide's full address to type from paper.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { isVerbatim } from '../../src/checks/quotations.ts';
import { absoluteUrl, entryUrl, pocketCardUrl } from '../../src/lib/urls.ts';
import { site } from '../../src/site.config.ts';
import { readContentFiles } from '../support/content-files.ts';
import { builtPages, DIST, type BuiltPage } from '../support/dist.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const pages = new Map(builtPages().map((page) => [page.url, page]));
const guides = readContentFiles().filter(
  (file) => file.collection === 'guides' && file.data['draft'] !== true,
);
const page = (url: string): BuiltPage => {
  const found = pages.get(url);
  if (!found) throw new Error(`${url} blev ikke bygget`);
  return found;
};
const words = (element: HTMLElement | null | undefined) =>
  element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
/** The value of a card's fact, by the label of its <dt>. */
const fact = (card: HTMLElement, label: string) =>
  words(card.querySelectorAll('dt').find((dt) => words(dt) === label)?.nextElementSibling);

/** The monthly improvement meeting, whose card carries the model's four questions. */
const MEETING_GUIDE = 'hold-maanedlige-forbedringsmoeder';
/** The four questions as Connector's case description puts them. */
const FOUR_QUESTIONS = [
  'Hvad fungerer?',
  'Hvad udfordrer?',
  'Hvilke forbedringer kalder det på?',
  'Hvilke handlinger kan gøres for at skabe disse forbedringer?',
];

describe('the pocket cards', () => {
  it('exist for every guide, at the guide’s address followed by kort/', () => {
    expect(guides.length).toBeGreaterThan(0);
    expect(guides.map((guide) => pocketCardUrl(guide.id)).filter((url) => !pages.has(url))).toEqual(
      [],
    );
  });

  describe.each(guides.map((guide) => [guide.id, guide] as const))(
    'the card of %s',
    (id, guide) => {
      const card = () => page(pocketCardUrl(id)).root.querySelector('main .fb-pocket-card')!;

      it('has the guide’s title and its purpose in full', () => {
        expect(words(card().querySelector('h1'))).toBe(guide.data['title']);
        expect(words(card())).toContain(String(guide.data['purpose']));
      });

      it('has every step in order, its title in bold before its text', () => {
        const steps = guide.data['steps'] as { title: string; text: string }[];
        const items = card().querySelectorAll('ol > li');
        expect(items).toHaveLength(steps.length);
        steps.forEach((step, index) => {
          expect([step.title, `${step.title}.`]).toContain(
            words(items[index]!.querySelector('strong')),
          );
          expect(words(items[index])).toContain(step.text);
        });
      });

      it('has every check of the checklist, each with a box drawn before it', () => {
        const checks = guide.data['checklist'] as string[];
        const list = card().querySelector('.pocket-card__checklist');
        expect(list?.querySelectorAll('li').map((li) => words(li))).toEqual(checks);
        // The box is the item's ::before with a border: no form field, so it needs no script.
        expect(list?.querySelectorAll('input')).toHaveLength(0);
        const css = page(pocketCardUrl(id))
          .root.querySelectorAll('link[rel="stylesheet"]')
          .map((link) => readFileSync(join(DIST, link.getAttribute('href') ?? ''), 'utf8'))
          .join('\n');
        expect(css).toMatch(
          /\.pocket-card__checklist[^{}]* li[^{}]*:before\{[^}]*content:""[^}]*border:/,
        );
      });

      it('names the guide’s full address as text, its version and its date', () => {
        const address = absoluteUrl(entryUrl('guides', id), site.origin);
        const link = card()
          .querySelectorAll('a')
          .find((a) => words(a) === address);
        expect(link?.getAttribute('href')).toBe(entryUrl('guides', id));
        expect(fact(card(), 'Version')).toBe(String(guide.data['version']));
        expect(card().querySelector('time[data-modified]')?.getAttribute('datetime')).toBe(
          String(guide.data['updated']),
        );
      });

      it('is linked from its guide as »Udskriv lommekort«, and leads back to it', () => {
        const guidePage = page(entryUrl('guides', id));
        const link = guidePage.root
          .querySelectorAll('main a')
          .find((a) => a.getAttribute('href') === pocketCardUrl(id));
        expect(words(link)).toBe('Udskriv lommekort');
        const back = page(pocketCardUrl(id)).root.querySelector('main a.fb-button');
        expect(back?.getAttribute('href')).toBe(entryUrl('guides', id));
      });

      it('stays out of the search index and is a published address', () => {
        expect(page(pocketCardUrl(id)).root.querySelector('[data-pagefind-body]')).toBeNull();
        const published = readFileSync(join(ROOT, 'content', 'published-urls.txt'), 'utf8');
        expect(published.split('\n')).toContain(pocketCardUrl(id));
      });
    },
  );

  it('of the monthly improvement meeting carries the four questions word for word, in order, and names the source', () => {
    const source = readFileSync(
      join(ROOT, 'content/sources/case-effektive-forandringer.txt'),
      'utf8',
    );
    const card = page(pocketCardUrl(MEETING_GUIDE)).root.querySelector('.fb-pocket-card')!;
    const at = FOUR_QUESTIONS.map((question) => {
      expect(isVerbatim(question, source)).toBe(true);
      return words(card).indexOf(`»${question}«`);
    });
    expect(at.every((index) => index >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(fact(card, 'Kilde')).toMatch(/^Case – Effektive forandringer.*\(Connector\)$/);
  });
});
