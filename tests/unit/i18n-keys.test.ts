import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { da, t } from '../../src/i18n/da.ts';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const code = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((file) => /\.(ts|astro)$/.test(file) && !file.startsWith('i18n'))
  .map((file) => readFileSync(join(SRC, file), 'utf8'))
  .join('\n');

/** A key is used when the code names it, or builds it from its prefix: t(`audience.${a}`). */
function isUsed(key: string): boolean {
  const prefix = key.slice(0, key.lastIndexOf('.') + 1);
  return code.includes(`'${key}'`) || (prefix !== '' && code.includes(`\`${prefix}\${`));
}

describe('the Danish interface text', () => {
  it('has no key that no code uses', () => {
    expect(Object.keys(da).filter((key) => !isUsed(key))).toEqual([]);
  });

  it('finds a key that is only built from its prefix, and misses one that is never named', () => {
    expect(isUsed('audience.kommune')).toBe(true);
    expect(isUsed('findes.ikke')).toBe(false);
  });

  it('fills in named slots and leaves unknown ones visible', () => {
    expect(t('model.phases', { count: 'fire' })).toBe('De fire faser');
    expect(t('model.phases')).toBe('De {count} faser');
  });
});
