import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { site } from '../../src/site.config.ts';
import { builtPages, DIST, distFiles } from '../support/dist.ts';
import { findContactDetails } from '../support/personal-data.ts';

const pages = builtPages();
const byUrl = new Map(pages.map((page) => [page.url, page]));

/** Link texts that say nothing about where the link goes. */
const VAGUE_LINK_TEXT = /^(klik her|her|læs mere|læs mere her|link)$/i;

describe('links in the built site', () => {
  const links = pages.flatMap((page) =>
    page.root
      .querySelectorAll('a[href]')
      .map((a) => ({ from: page.url, href: a.getAttribute('href') ?? '', text: a.text.trim() })),
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
      return (
        anchor !== undefined &&
        anchor !== '' &&
        !target.root.getElementById(decodeURIComponent(anchor))
      );
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

// The personal data to look for is read from the source documents at run time, so the
// repository never holds it, not even here. CI keeps a copy of shared/ beside the clone.
const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');

/** The name on the line after the label a Danish case file puts before its caseworker. */
const CASEWORKER =
  /^(?:Sagsbehandler|Kontaktperson)[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(\S[^\r\n]*?)[ \t]*$/gim;

interface Personal {
  kind: 'e-mailadresse' | 'telefonnummer' | 'navn';
  /** Where it stands, for a message that names the place but not the data. */
  seed: string;
  pattern: RegExp;
}

/** Every e-mail address, phone number and named caseworker in the source documents. */
function personalData(): Personal[] {
  if (!existsSync(SEEDS)) {
    throw new Error(
      `Kildedokumenterne mangler i ${SEEDS}. Testen af persondata læser dem dér; ` +
        'læg shared/ ved siden af projektet.',
    );
  }
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return readdirSync(SEEDS)
    .filter((file) => file.endsWith('.txt'))
    .flatMap((seed) => {
      const text = readFileSync(join(SEEDS, seed), 'utf8');
      const contacts = findContactDetails(text).map(({ kind, value }): Personal => {
        if (kind === 'e-mailadresse')
          return { kind, seed, pattern: new RegExp(escape(value), 'i') };
        // Found in any spacing: 12345678, 1234 5678 or 12 34 56 78.
        const digits = value.replace(/\D/g, '').slice(-8).split('');
        return {
          kind,
          seed,
          pattern: new RegExp(`(?<!\\d)${digits.join('[\\s.\\u00a0-]?')}(?!\\d)`),
        };
      });
      const names = [...text.matchAll(CASEWORKER)].map((m): Personal => ({
        kind: 'navn',
        seed,
        pattern: new RegExp(escape(m[1]!).replace(/ +/g, '\\s+'), 'i'),
      }));
      return [...contacts, ...names];
    });
}

/** Every file the build wrote, as text; Pagefind's gzipped index and fragments are unpacked. */
function builtFiles(): { file: string; text: string }[] {
  return distFiles().map((file) => {
    const data = readFileSync(join(DIST, file));
    const gzipped = data[0] === 0x1f && data[1] === 0x8b;
    return { file, text: (gzipped ? gunzipSync(data) : data).toString('utf8') };
  });
}

describe('personal data from the source documents', () => {
  // Read inside the tests, so missing documents fail these two tests and leave the rest running.
  it('is found in the documents: an e-mail address, a phone number and a caseworker', () => {
    const personal = personalData();
    for (const kind of ['e-mailadresse', 'telefonnummer', 'navn'] as const) {
      expect(personal.filter((item) => item.kind === kind).length, kind).toBeGreaterThan(0);
    }
  });

  it('appears nowhere in the built site, not even in the search index', () => {
    const personal = personalData();
    const files = builtFiles();
    expect(files.length).toBeGreaterThan(50);
    // The message names the kind, the document and the built file, never the data itself.
    const leaks = personal.flatMap((item, index) =>
      files
        .filter(({ text }) => item.pattern.test(text))
        .map(({ file }) => `${item.kind} nr. ${index + 1} fra ${item.seed} står i dist/${file}`),
    );
    expect(leaks).toEqual([]);
  });
});

describe('personal data in the repository', () => {
  // The source texts under content/sources/ are kept for the quotation check, with the
  // caseworker's name and contact details removed; nothing else in the tree may hold them either.
  it('appears in no tracked file: content, source texts, code or tests', () => {
    const personal = personalData();
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter(
        (file) =>
          file && existsSync(join(ROOT, file)) && !/\.(?:png|jpe?g|woff2?|wasm)$/.test(file),
      );
    expect(tracked).toContain('content/sources/kk-procesbilag-misbrugsomraadet-2014.txt');
    const leaks = tracked.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return personal.flatMap((item, index) =>
        item.pattern.test(text)
          ? [`${item.kind} nr. ${index + 1} fra ${item.seed} står i ${file}`]
          : [],
      );
    });
    expect(leaks).toEqual([]);
  });
});

describe('contact details in the built site', () => {
  // The pages, and the feed, sitemaps, robots.txt, citation downloads, scripts, styles and
  // Pagefind's index (unpacked) served beside them; not images, fonts or WebAssembly.
  const TEXT = /\.(?:html|xml|txt|json|ris|bib|svg|css|js|pf_[a-z]+)$/;
  // Pagefind's own scripts credit their translators by e-mail; they are the tool's, not the site's
  // (in the full index and in the field kit's).
  const PAGEFIND_PROGRAM = /^pagefind(?:-felt)?\/[^/]+\.(?:js|css)$/;
  // Only the publisher's own contact, as the deployer gives it in the site's settings
  // (SITE_PUBLISHER, SITE_CONTACT_URL, SITE_CONTACT_LABEL), may be printed.
  const allowed = [site.publisher, site.contactUrl, site.contactLabel];

  it('has no e-mail address or phone number but the publisher’s own', () => {
    const files = builtFiles().filter(
      ({ file }) => TEXT.test(file) && !PAGEFIND_PROGRAM.test(file),
    );
    expect(files.filter(({ file }) => file.endsWith('.html')).length).toBeGreaterThan(40);
    // The message names the kind and the place, never the address or number itself.
    const found = files.flatMap(({ file, text }) =>
      findContactDetails(text, allowed).map(
        ({ kind, index }) => `dist/${file}, tegn ${index}: ${kind}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
