import type { AuditLine, Check } from './types.ts';

/**
 * Reports two files of one collection with the same name (slug), such as `x.md` beside `x.mdx`:
 * they would share one address, and only one of them would be published.
 */
export const slugs: Check<AuditLine[]> = (_files, { entries }) => {
  const seen = new Map<string, string>();
  return entries.flatMap(({ collection, id, file }) => {
    const key = `${collection}/${id}`;
    const other = seen.get(key);
    seen.set(key, file);
    return other
      ? [
          {
            level: 'fejl',
            file,
            message: `har samme navn (slug) som ${other}; kun den ene ville blive udgivet`,
          },
        ]
      : [];
  });
};
