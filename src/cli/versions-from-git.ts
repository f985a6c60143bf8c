// Run once, when version pages were introduced: rebuilds the versions published before then from
// git history into content/versions/. It skips versions already archived, so a second run
// changes nothing; after that, `npm run release` archives each version as it is replaced.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_TYPES } from '../content-types.ts';
import { parseSource } from '../lib/content-source.ts';
import { archiveFile } from '../lib/release.ts';
import { VERSIONED, versionSlug, type VersionedCollection } from '../lib/version-text.ts';

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });

/** A file as it stood at a commit, or undefined where it did not exist. */
function showAt(commit: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${commit}:${path}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

let written = 0;
for (const collection of Object.keys(VERSIONED) as VersionedCollection[]) {
  const folder = join('content', CONTENT_TYPES[collection].folder);
  for (const fileName of readdirSync(folder).filter((name) => /\.mdx?$/.test(name))) {
    const id = fileName.replace(/\.mdx?$/, '');
    const path = join(folder, fileName);
    const current = parseSource(readFileSync(path, 'utf8'), path, collection, id).data as {
      version: string;
    };
    // Newest first, so the first commit seen of each version holds its text as last published.
    const seen = new Set([current.version]);
    for (const commit of git('log', '--format=%H', '--', path).split('\n').filter(Boolean)) {
      const text = showAt(commit, path);
      if (!text) continue;
      const old = parseSource(text, path, collection, id);
      const data = old.data as Record<string, unknown> | undefined;
      const version = data?.['version'];
      if (!data || typeof version !== 'string' || seen.has(version)) continue;
      seen.add(version);
      const originText =
        typeof data['origin'] === 'string'
          ? showAt(commit, join('content', CONTENT_TYPES.origins.folder, `${data['origin']}.yaml`))
          : undefined;
      const origin = (originText ? parse(originText) : {}) as { evidence?: unknown };
      const archive = join(
        'content',
        CONTENT_TYPES.versions.folder,
        CONTENT_TYPES[collection].folder,
        id,
        `${versionSlug(version)}.md`,
      );
      if (existsSync(archive)) continue;
      mkdirSync(dirname(archive), { recursive: true });
      writeFileSync(
        archive,
        archiveFile(collection, { evidence: origin.evidence, ...data }, old.body).text,
      );
      written++;
      console.log(`${archive}: version ${version} fra ${commit.slice(0, 7)}`);
    }
  }
}
console.log(`${written} tidligere versioner gemt.`);
