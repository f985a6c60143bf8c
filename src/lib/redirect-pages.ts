import { getFindings, getGuides, getMethods, getPages, getPhases, getSources } from './content.ts';
import { shortFindingPath, urlCollisions, type Redirect, type UrlClaim } from './redirects.ts';
import { getAllPages } from './site-index.ts';
import { entryAddress } from './urls.ts';

/**
 * Every redirect the site publishes: each finding's short address and every entry's former
 * addresses. Fails the build, naming file and field, when two claims want one address (the
 * content check reports the same before the build; this guards the pages themselves).
 */
export async function getRedirects(): Promise<Redirect[]> {
  const [pages, ...collections] = await Promise.all([
    getAllPages(),
    getFindings(),
    getGuides(),
    getMethods(),
    getSources(),
    getPhases(),
    getPages(),
  ]);
  const named = new Map(pages.map((page) => [page.href, page.title]));
  const redirects: Redirect[] = [];
  const claims: UrlClaim[] = pages.map((page) => ({
    url: page.href,
    file: 'src/pages (fast side)',
    field: 'adresse',
  }));
  for (const entry of collections.flat()) {
    const href = entryAddress(entry.collection, entry.id)!;
    const file = entry.filePath ?? entry.id;
    const title = named.get(href) ?? href;
    if (entry.collection === 'findings') {
      const from = shortFindingPath(entry.data.id);
      redirects.push({ from, to: href, title });
      claims.push({ url: from, file, field: 'id' });
    }
    for (const alias of entry.data.aliases) {
      redirects.push({ from: alias, to: href, title });
      claims.push({ url: alias, file, field: 'aliases' });
    }
  }
  const problems = urlCollisions(claims);
  if (problems.length > 0) throw new Error(`Fejl i adresserne:\n${problems.join('\n')}`);
  return redirects;
}
