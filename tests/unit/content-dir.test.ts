import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content-dir.ts';

describe('contentDir', () => {
  it('is content/ when CONTENT_DIR is not set or empty', () => {
    expect(contentDir({})).toBe('content');
    expect(contentDir({ CONTENT_DIR: '  ' })).toBe('content');
  });

  it('is the folder CONTENT_DIR names, without a trailing slash', () => {
    expect(contentDir({ CONTENT_DIR: 'bench/work/1000/ours/corpus/' })).toBe(
      'bench/work/1000/ours/corpus',
    );
    expect(contentDir({ CONTENT_DIR: '/tmp/corpus' })).toBe('/tmp/corpus');
  });
});
