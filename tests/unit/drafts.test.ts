import { describe, expect, it } from 'vitest';
import { isVisible } from '../../src/lib/drafts.ts';

describe('isVisible', () => {
  it('hides a draft from a production build', () => {
    expect(isVisible({ data: { draft: true } }, false)).toBe(false);
  });

  it('shows a draft while editing with astro dev', () => {
    expect(isVisible({ data: { draft: true } }, true)).toBe(true);
  });

  it('shows a published entry everywhere', () => {
    expect(isVisible({ data: { draft: false } }, false)).toBe(true);
    expect(isVisible({ data: {} }, false)).toBe(true);
  });
});
