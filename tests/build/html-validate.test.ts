import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, builtRedirects } from '../support/dist.ts';

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

describe('html-validate, standard preset', () => {
  it('is live: it reports a duplicate id in a known-bad page', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="da"><head><title>x</title></head><body><p id="a"></p><p id="a"></p></body></html>',
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('no-dup-id');
  });

  it.each([...builtPages(), ...builtRedirects()].map((page) => [page.url, page] as const))(
    'finds no errors in %s',
    async (_url, page) => {
      const report = await validator.validateString(page.html);
      const errors = report.results.flatMap((result) =>
        result.messages
          .filter((m) => m.severity === 2)
          .map((m) => `${m.ruleId}: ${m.message} (linje ${m.line})`),
      );
      expect(errors).toEqual([]);
    },
  );
});
