// A deterministic synthetic Danish corpus: the same seed always gives the same pages.

/** One generated page: its kind, slug, title, summary and Markdown body with links as placeholders. */
export interface CorpusPage {
  kind: 'finding' | 'guide' | 'method';
  index: number;
  slug: string;
  title: string;
  summary: string;
  /** The body; `{{link:<kind>:<index>}}` marks a cross-link that each site writes in its own URL scheme. */
  body: string;
}

/** mulberry32: a small, fast, seeded PRNG, so corpora are identical from run to run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  `borger behandling indsats kommune civilsamfund partnerskab læring forbedring møde seminar evaluering
virkning proces metode vejledning resultat udvikling implementering forankring udbredelse målgruppe stofmisbrug
omsorg stabilisering recovery opsøgende rummelig tilgængelig sundhed trivsel livskvalitet praksis kapacitet ledelse
samarbejde tværsektoriel data viden formidling produkt handling spørgsmål udfordring workshop interview bruger
pårørende medarbejder interessent forvaltning udvalg analyse kerneudfordring perspektiv løsning forsker erfaring
fase aktivitet leverance ressource mål værdi værdighed helhed sammenhæng overblik mening effektivisering kvalitet
socialrådgiver sygeplejerske misbrugscenter bostøtte netværk relation tillid kontinuitet opfølgning dialog
dokumentation registrering rapport anbefaling prioritering ansvar rolle koordinering forløb plan aftale`.split(
    /\s+/,
  );
const VERBS =
  'styrker understøtter beskriver samler udvikler afprøver justerer følger belyser tydeliggør skaber giver'.split(
    ' ',
  );
const KINDS = ['finding', 'guide', 'method'] as const;

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function sentence(rand: () => number): string {
  const length = 8 + Math.floor(rand() * 10);
  const words = Array.from({ length }, (_, i) => (i === 2 ? pick(rand, VERBS) : pick(rand, WORDS)));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rand: () => number): string {
  return Array.from({ length: 3 + Math.floor(rand() * 3) }, () => sentence(rand)).join(' ');
}

function title(rand: () => number): string {
  const text = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick(rand, WORDS)).join(
    ' ',
  );
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** One page of 600–900 words with h2/h3 headings, a GFM table, lists and cross-links. */
function body(rand: () => number, total: number): string {
  const target = 600 + Math.floor(rand() * 300);
  const parts: string[] = [];
  let section = 0;
  while (wordCount(parts.join('\n')) < target) {
    section++;
    parts.push(`## ${title(rand)}`, paragraph(rand));
    if (section % 2 === 0) parts.push(`### ${title(rand)}`, paragraph(rand));
    if (section === 2) {
      parts.push(
        '| Del | Beskrivelse |',
        '| --- | --- |',
        ...Array.from({ length: 3 }, () => `| ${pick(rand, WORDS)} | ${sentence(rand)} |`),
      );
    }
    if (section % 3 === 1) parts.push(...Array.from({ length: 3 }, () => `- ${sentence(rand)}`));
    const kind = pick(rand, KINDS);
    parts.push(`Se også {{link:${kind}:${Math.floor(rand() * total)}}}.`);
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * The corpus: n pages spread over findings, guides and methods, with cross-links between them.
 * @example generateCorpus(3, 1).map((p) => p.kind) // ['finding', 'guide', 'method']
 */
export function generateCorpus(n: number, seed = 20261125): CorpusPage[] {
  const rand = random(seed);
  const perKind = { finding: 0, guide: 0, method: 0 };
  return Array.from({ length: n }, (_, i) => {
    const kind = KINDS[i % 3]!;
    const index = perKind[kind]++;
    const pageTitle = `${title(rand)} ${i + 1}`;
    return {
      kind,
      index,
      slug: `${kind === 'finding' ? 'resultat' : kind === 'guide' ? 'vejledning' : 'metode'}-${String(index + 1).padStart(5, '0')}`,
      title: pageTitle,
      summary: sentence(rand),
      body: body(rand, Math.max(1, Math.floor(n / 3))),
    };
  });
}
