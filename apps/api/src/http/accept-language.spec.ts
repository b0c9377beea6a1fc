import { negotiateLanguage } from './accept-language';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-TW', 'zh'],
    ['ZH-hant-HK', 'zh'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['fr-FR, de;q=0.8', 'en'],
    ['*', 'en'],
    ['fr, zh;q=0.5', 'zh'],
    ['en;q=0.4, zh-CN;q=0.9', 'zh'],
    ['zh;q=0.4, en;q=0.9', 'en'],
    ['zh, en', 'zh'],
    ['en, zh', 'en'],
    ['zh;q=0, en;q=0.1', 'en'],
    ['zh;q=0', 'en'],
    ['zh;q=abc', 'en'],
    [';;;,,,', 'en'],
  ])('%j -> %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });

  it('reads a header sent more than once as one list', () => {
    expect(negotiateLanguage(['fr', 'zh-CN;q=0.8'])).toBe('zh');
  });
});
