import type { SourceFile } from '../lib/content-source.ts';
import type { CompiledBody } from './compile-body.ts';
import type { SchemaIssue } from './zod-messages.ts';

/** One line of the content check's report. */
export interface AuditLine {
  /** Errors stop the build; warnings are printed and do not. */
  level: 'fejl' | 'advarsel';
  /** The file as editors see it, such as `content/findings/x.mdx`. */
  file: string;
  line?: number | undefined;
  /** The field, as a dotted path such as `sources.0.source`. */
  field?: string | undefined;
  /** What is wrong and what to do, in Danish. */
  message: string;
}

/** The part of a Zod schema the checks use. */
export interface Schema {
  safeParse(value: unknown): {
    success: boolean;
    data?: unknown;
    error?: { issues: SchemaIssue[] };
  };
  strict?: () => Schema;
  shape?: Record<string, Schema>;
}

/**
 * A file that belongs to a collection and whose data could be read, with the values its schema
 * gives (or, where the file has mistakes, the fields that are valid on their own).
 */
export interface Entry extends SourceFile {
  collection: string;
  value: Record<string, unknown>;
  /** True for drafts, which are never published. */
  draft: boolean;
}

/** What every check may read; made once per run by createContext. */
export interface CheckContext {
  /** Each collection's schema, from src/content.config.ts. */
  schemas: Readonly<Record<string, Schema>>;
  /** Every file with a collection and readable data, drafts included. */
  entries: readonly Entry[];
  /** The entries that will be published. */
  published: readonly Entry[];
  /**
   * The Markdown and MDX bodies compiled as the site compiles them, by file. Started when the
   * context is made, so the compiling runs beside the checks that do not need it.
   */
  compiled: Promise<ReadonlyMap<string, CompiledBody>>;
}

/**
 * One check: reads the files and the context, and returns its report lines, at once or (for the
 * checks that wait for the MDX compiler) as a promise.
 */
export type Check<
  Report extends AuditLine[] | Promise<AuditLine[]> = AuditLine[] | Promise<AuditLine[]>,
> = (files: readonly SourceFile[], context: CheckContext) => Report;
