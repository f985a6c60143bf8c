// Kept to plain imports so `npm run release` (plain Node) can write the same text the build shows.
import { t } from '../i18n/da.ts';

/**
 * A version's text as Markdown: what a reader of that version read, field by field, in the order
 * the page shows it. Archived versions keep this text; the current one is made from the entry, so
 * a diff between two versions compares like with like.
 */
export type VersionText = string;

/** A finding's fields as any version had them; later fields are absent from earlier versions. */
export interface FindingFields {
  statement?: string;
  realistQuestions?: readonly string[];
  context?: string;
  mechanism?: string;
  outcome?: string;
  evidence?: { type: string; strength: string } | undefined;
  sources?: readonly { locator: string; quote?: string | undefined }[];
  gaps?: readonly string[];
}

/** A guide's fields as any version had them. */
export interface GuideFields {
  purpose?: string;
  roles?: readonly { role: string; task: string }[];
  prerequisites?: readonly string[];
  steps?: readonly { title: string; text: string }[];
  checklist?: readonly string[];
  pitfalls?: readonly string[];
  gaps?: readonly string[];
}

/** A part with a heading, left out when it has no text. */
function part(heading: string, text: string | undefined): string[] {
  return text && text.trim() !== '' ? [`## ${heading}`, text.trim()] : [];
}

/** A part that is a list, left out when it has no items. */
function listPart(
  heading: string,
  items: readonly string[] | undefined,
  ordered = false,
): string[] {
  if (!items || items.length === 0) return [];
  return [
    `## ${heading}`,
    items.map((item, index) => `${ordered ? `${index + 1}.` : '-'} ${item}`).join('\n'),
  ];
}

/**
 * The body as readers see it: MDX lines that are only a tag (an anchor kept for old links) say
 * nothing and are dropped.
 */
function bodyText(body: string): string[] {
  const text = body
    .split('\n')
    .filter((line) => !/^\s*<[^>]+>(?:\s*<\/[^>]+>)?\s*$/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? [] : [text];
}

/** A finding's text in one version. */
export function findingText(fields: FindingFields, body: string): VersionText {
  const questions = (fields.realistQuestions ?? []).map((q) =>
    t(`question.${q}` as Parameters<typeof t>[0]),
  );
  const quotes = (fields.sources ?? []).flatMap((source) =>
    source.quote ? [`> ${source.quote}`, `${source.locator}.`] : [],
  );
  return [
    ...(fields.statement ? [fields.statement] : []),
    ...(questions.length > 0 ? [`${t('finding.questions')}: ${questions.join(' ')}`] : []),
    ...(fields.evidence
      ? [
          `${t('finding.evidenceType')}: ${fields.evidence.type}\n\n` +
            `${t('finding.evidenceStrength')}: ${fields.evidence.strength}`,
        ]
      : []),
    ...part(t('finding.context'), fields.context),
    ...part(t('finding.mechanism'), fields.mechanism),
    ...part(t('finding.outcome'), fields.outcome),
    ...(quotes.length > 0 ? [`## ${t('basis.heading')}`, ...quotes] : []),
    ...listPart(t('gaps.heading'), fields.gaps),
    ...bodyText(body),
  ].join('\n\n');
}

/** A guide's text in one version. */
export function guideText(fields: GuideFields, body: string): VersionText {
  const steps = (fields.steps ?? []).map((step) => `**${step.title}.** ${step.text}`);
  return [
    ...part(t('guide.purpose'), fields.purpose),
    ...listPart(
      t('guide.roles'),
      (fields.roles ?? []).map((role) => `**${role.role}:** ${role.task}`),
    ),
    ...listPart(t('guide.prerequisites'), fields.prerequisites),
    ...listPart(t('guide.steps'), steps, true),
    ...listPart(t('guide.checklist'), fields.checklist),
    ...listPart(t('guide.pitfalls'), fields.pitfalls),
    ...listPart(t('gaps.heading'), fields.gaps),
    ...bodyText(body),
  ].join('\n\n');
}

/** The types whose entries are versioned, by collection, with how their text is written. */
export const VERSIONED = {
  findings: findingText,
  guides: guideText,
} as const;

/** A versioned collection. */
export type VersionedCollection = keyof typeof VERSIONED;

/**
 * A version number as it stands in an address.
 * @example versionSlug('1.0') // '1-0'
 */
export function versionSlug(version: string): string {
  return version.replace('.', '-');
}

/**
 * The word-level text two versions are compared by: Markdown marks are layout, not words.
 * @example comparableText('## Kontekst\n\n> [a](/b/) **c**') // 'Kontekst\n\na c'
 */
export function comparableText(text: VersionText): string {
  return text
    .replace(/^#{1,6} /gm, '')
    .replace(/^> ?/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\n{3,}/g, '\n\n');
}
