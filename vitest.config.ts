import { getViteConfig } from 'astro/config';
import { defineConfig, type TestProjectConfiguration } from 'vitest/config';

/** The --project filters given on the command line, such as `unit` or `!browser`. */
function projectFilters(argv: readonly string[]): string[] {
  return argv.flatMap((arg, index) => {
    if (arg === '--project') return [argv[index + 1] ?? ''];
    return arg.startsWith('--project=') ? [arg.slice('--project='.length)] : [];
  });
}

/** Whether the command line asks for the project `name`, with Vitest's `*` wildcards and `!`. */
function selected(name: string): boolean {
  const filters = projectFilters(process.argv);
  const escape = (part: string) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const matches = (filter: string) =>
    new RegExp(`^${filter.split('*').map(escape).join('.*')}$`).test(name);
  if (filters.some((filter) => filter.startsWith('!') && matches(filter.slice(1)))) return false;
  const wanted = filters.filter((filter) => !filter.startsWith('!'));
  return wanted.length === 0 || wanted.some(matches);
}

const content = {
  test: {
    name: 'content',
    sequence: { groupOrder: 1 },
    include: ['tests/content/**/*.test.ts', 'tests/schema/**/*.test.ts'],
  },
};

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // .ci/run reads the JSON report for its closing "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'tests/.artifacts/results.json' },
    projects: [
      {
        test: {
          name: 'unit',
          // Projects run one after another, fastest first, each with its own worker count.
          sequence: { groupOrder: 0 },
          // Functions on small inputs: no build, no Astro, files side by side. A worker keeps its
          // modules between files, which makes the run about three times faster; a file that
          // mocks a module (vi.mock) therefore imports what uses the mock after mocking it.
          include: ['tests/unit/**/*.test.ts'],
          isolate: false,
        },
      },
      // The content tests import src/content.config.ts, whose astro:content only Astro's own Vite
      // config provides. Vitest resolves every project before it applies --project, and Astro's
      // config takes seconds to make, so it is made only when this project is going to run.
      (selected('content') ? getViteConfig(content) : content) as TestProjectConfiguration,
      {
        test: {
          name: 'build',
          sequence: { groupOrder: 2 },
          // The built site in dist/ and the command-line tools. The files only read dist/ or work
          // in temp folders, so they run side by side; tests/support/dist.ts parses dist/ once per
          // worker, which needs the worker's modules kept between files.
          include: ['tests/build/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          isolate: false,
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'browser',
          sequence: { groupOrder: 3 },
          // The built site behind the production nginx rules, and in Chromium. One nginx and one
          // Chromium serve the whole run; each file opens its own browser context.
          include: ['tests/browser/**/*.test.ts', 'tests/server/**/*.test.ts'],
          globalSetup: ['tests/support/browser-setup.ts'],
          maxWorkers: 2,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
