import { lastChange } from '../lib/changelog.ts';
import type { AuditLine, Check, Entry } from './types.ts';

type Change = { date: string };

/** A versioned entry's "Sidst opdateret" must be the date of its newest change log line. */
function staleUpdated(entry: Entry): AuditLine[] {
  const updated = entry.value['updated'];
  const newest = lastChange((entry.value['changelog'] as Change[] | undefined) ?? []);
  // A missing or malformed date is the schema check's to report.
  if (!newest || updated === undefined || updated === newest) return [];
  return [
    {
      level: 'fejl',
      file: entry.file,
      line: entry.lineOf(['updated']),
      field: 'updated',
      message:
        `er ${String(updated)}, men den nyeste linje i "changelog" er fra ${newest}; ` +
        'de skal være ens',
    },
  ];
}

/** A finding is cited, so readers must be able to see what changed and when; not yet an error. */
function missingChangelog(entry: Entry): AuditLine[] {
  const changes = (entry.value['changelog'] as Change[] | undefined) ?? [];
  if (entry.collection !== 'findings' || changes.length > 0) return [];
  return [
    {
      level: 'advarsel',
      file: entry.file,
      field: 'changelog',
      message:
        'resultatet har ingen ændringslog; skriv mindst en linje med dato og »Første udgave.«',
    },
  ];
}

/**
 * Reports a "Sidst opdateret" date that is not the newest change log line, and warns about a
 * published finding without any change log line.
 */
export const changelog: Check<AuditLine[]> = (_files, { published }) =>
  published.flatMap((entry) => [...staleUpdated(entry), ...missingChangelog(entry)]);
