/**
 * The site's identity: the one place that names the site, its publisher, contact channel,
 * origin and licence. Name, tagline and the intervention's own texts come from
 * `<content>/site.yaml`, so another municipality forks content/ alone; deployers set the
 * environment variables listed in README.md, and the defaults are placeholders.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentDir, SITE_TEXT_FILE } from './lib/content-dir.ts';
import { siteTextSchema, type SiteText } from './lib/site-text.ts';

/** Marks a default value that a deployer must replace. */
const PLACEHOLDER = '[PLADSHOLDER]';

/** Reads a setting from the environment, falling back to a named placeholder. */
function setting(name: string, fallback: string): string {
  const value = process.env[name]?.trim();
  return value ? value : fallback;
}

/** Reads and checks site.yaml; a mistake stops the build with the file and the field named. */
function readSiteText(file: string): SiteText {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: kan ikke læses: ${(error as Error).message}`, { cause: error });
  }
  const result = siteTextSchema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `${file} feltet "${issue.path.join('.')}": ${issue.message}`,
  );
  throw new Error(`Fejl i webstedets tekster:\n${lines.join('\n')}`);
}

/** The intervention's own texts: overview intros, the front page, `npm run new` defaults. */
export const siteText = readSiteText(`${contentDir()}/${SITE_TEXT_FILE}`);

export const site = {
  /** The site's name as shown in the header and the title of every page. */
  name: siteText.name,
  /** What the site is, in one line, for the header and metadata. */
  tagline: siteText.tagline,
  /** The organisation that publishes the site. */
  publisher: setting('SITE_PUBLISHER', `${PLACEHOLDER} Udgiver ikke angivet`),
  /** Where readers reach the publisher: a web address of the institution's general channel. */
  contactUrl: setting('SITE_CONTACT_URL', ''),
  /** How the contact channel is named in text when no address is set yet. */
  contactLabel: setting('SITE_CONTACT_LABEL', `${PLACEHOLDER} Kontaktkanal ikke angivet`),
  /** The origin the site is served from, used for canonical links. */
  origin: setting('SITE_URL', 'http://localhost:4321'),
  /** The licence of the site's own text. */
  licence: {
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.da',
  },
  /** The official accessibility statement in Digitaliseringsstyrelsen's WAS-tool, once made. */
  accessibilityStatementUrl: setting('ACCESSIBILITY_STATEMENT_URL', ''),
} as const;

/** True when the site is built for a real address, not for this machine. */
export function isProductionBuild(origin: string = site.origin): boolean {
  const host = new URL(origin).hostname;
  return !['localhost', '127.0.0.1', '[::1]'].includes(host);
}

/** True while the publisher is not set: pages then say they are a demo. */
export const isDemo = site.publisher.startsWith(PLACEHOLDER);

/**
 * What a build for a real address still lacks of the site's identity, by the variables to set;
 * such a build stops rather than publish placeholders in every citation.
 */
export function missingIdentity(): string[] {
  const missing: string[] = [];
  if (site.publisher.startsWith(PLACEHOLDER)) missing.push('SITE_PUBLISHER');
  if (!site.contactUrl && site.contactLabel.startsWith(PLACEHOLDER))
    missing.push('SITE_CONTACT_URL eller SITE_CONTACT_LABEL');
  return missing;
}

/** Lists the settings that still hold placeholders, for the build's warning. */
export function placeholderSettings(): string[] {
  const missing: string[] = [];
  if (site.publisher.startsWith(PLACEHOLDER)) missing.push('SITE_PUBLISHER');
  if (!site.contactUrl) missing.push('SITE_CONTACT_URL');
  if (!process.env['SITE_URL']) missing.push('SITE_URL');
  if (!site.accessibilityStatementUrl) missing.push('ACCESSIBILITY_STATEMENT_URL');
  return missing;
}
