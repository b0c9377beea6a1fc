import { localName } from './local-name';

describe('localName', () => {
  it('gives the English name to an English reader, unmarked', () => {
    expect(localName('Best Call Center', '最佳呼叫中心', 'en')).toEqual({
      text: 'Best Call Center',
      lang: undefined,
    });
  });
  it('gives the Chinese name to a Chinese reader when there is one', () => {
    expect(localName('Best Call Center', '最佳呼叫中心', 'zh')).toEqual({
      text: '最佳呼叫中心',
      lang: undefined,
    });
  });
  it('marks the English name shown to a Chinese reader for lack of a Chinese one', () => {
    expect(localName('Best Call Center', null, 'zh')).toEqual({ text: 'Best Call Center', lang: 'en' });
    expect(localName('Best Call Center', '', 'zh')).toEqual({ text: 'Best Call Center', lang: 'en' });
  });
});
