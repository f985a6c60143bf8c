/**
 * The site's identity: the one place that names the site, its publisher, contact channel,
 * origin and licence. Deployers set the environment variables listed in README.md;
 * the defaults are placeholders and the build warns while any of them is left.
 */

/** Marks a default value that a deployer must replace. */
const PLACEHOLDER = '[PLADSHOLDER]';

/** Reads a setting from the environment, falling back to a named placeholder. */
function setting(name: string, fallback: string): string {
  const value = process.env[name]?.trim();
  return value ? value : fallback;
}

export const site = {
  /** The site's name as shown in the header and the title of every page. */
  name: 'Fremskudt behandling',
  /** What the site is, in one line, for the header and metadata. */
  tagline: 'Viden om opsøgende behandling af udsatte borgere med stofmisbrug',
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

/** Lists the settings that still hold placeholders, for the build's warning. */
export function placeholderSettings(): string[] {
  const missing: string[] = [];
  if (site.publisher.startsWith(PLACEHOLDER)) missing.push('SITE_PUBLISHER');
  if (!site.contactUrl) missing.push('SITE_CONTACT_URL');
  if (!process.env['SITE_URL']) missing.push('SITE_URL');
  if (!site.accessibilityStatementUrl) missing.push('ACCESSIBILITY_STATEMENT_URL');
  return missing;
}
