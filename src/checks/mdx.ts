import type { AuditLine, Check } from './types.ts';

/**
 * Reports a body the MDX compiler rejects, such as an unclosed `<div>`, at its line in the file:
 * the build would stop on it with a message editors cannot place.
 */
export const mdx: Check<Promise<AuditLine[]>> = async (files, { compiled }) => {
  const results = await compiled;
  return files.flatMap(({ file, bodyLine }) => {
    const error = results.get(file)?.error;
    if (!error) return [];
    return [
      {
        level: 'fejl',
        file,
        line: bodyLine + error.line - 1,
        message: `MDX-fejl: ${error.reason}`,
      },
    ];
  });
};
