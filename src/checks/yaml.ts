import type { AuditLine, Check } from './types.ts';

/**
 * Reports a YAML syntax error in the frontmatter or data file, or frontmatter that is missing.
 * Only the first error of a file: the rest usually follow from it.
 */
export const yaml: Check<AuditLine[]> = (files) =>
  files.flatMap(({ collection, file, yamlErrors }) =>
    collection && yamlErrors[0]
      ? [
          {
            level: 'fejl',
            file,
            line: yamlErrors[0].line,
            message: `YAML-fejl: ${yamlErrors[0].message}`,
          },
        ]
      : [],
  );
