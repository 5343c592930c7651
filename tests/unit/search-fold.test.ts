import { describe, expect, it } from 'vitest';
import { buildChineseCharMap, pruneCharMap } from '@/lib/search/build-char-map';
import { createFolder, decodeCharMap, encodeCharMap, foldWithOffsets } from '@/lib/search/fold';

const fold = createFolder(buildChineseCharMap());

describe('search folding', () => {
  it('folds full-width letters and digits to lowercase ASCII', () => {
    expect(fold('ＡＢＣ　ｉＰｈｏｎｅ１２３')).toBe('abc iphone123');
  });

  it('strips Latin accents and lowercases', () => {
    expect(fold('Café CRÈME Ångström')).toBe('cafe creme angstrom');
  });

  it('turns typographic apostrophes into plain ones', () => {
    expect(fold('can’t')).toBe("can't");
  });

  it('folds Traditional characters to Simplified so either script matches', () => {
    expect(fold('密碼')).toBe(fold('密码'));
    expect(fold('設定')).toBe('设定');
    expect(fold('軟體')).toBe('软体');
  });

  it('makes 帳戶, 帐户 and 账户 the same word', () => {
    expect(new Set([fold('帳戶'), fold('帐户'), fold('账户')]).size).toBe(1);
    expect(fold('帳號')).toBe(fold('账号'));
  });

  it('folds Taiwan and Hong Kong variant forms', () => {
    expect(fold('著')).toBe(fold('着'));
    expect(fold('裡面')).toBe(fold('里面'));
    expect(fold('啟用')).toBe(fold('启用'));
  });

  it('leaves Simplified text alone', () => {
    expect(fold('怎么设置密码')).toBe('怎么设置密码');
    expect(fold('户口')).toBe('户口');
  });

  it('is idempotent over the whole character map', () => {
    for (const [from] of buildChineseCharMap()) expect(fold(fold(from))).toBe(fold(from));
  });

  it('maps every folded character back to its place in the original text', () => {
    const folded = foldWithOffsets('ＡＢ密碼é', fold);
    expect(folded.text).toBe('ab密码e');
    expect(folded.starts).toEqual([0, 1, 2, 3, 4]);
    expect(folded.ends).toEqual([1, 2, 3, 4, 5]);
  });

  it('round-trips the character map through its compact string form', () => {
    const map = new Map([['碼', '码'], ['𠵾', '㗲']]);
    expect(decodeCharMap(encodeCharMap(map))).toEqual(map);
  });

  it('keeps only the entries a corpus needs when pruned', () => {
    const pruned = pruneCharMap(buildChineseCharMap(), new Set(Array.from('密码')));
    expect(pruned.get('碼')).toBe('码');
    expect(pruned.has('設')).toBe(false);
    expect(encodeCharMap(pruned).length).toBeLessThan(20);
  });
});
