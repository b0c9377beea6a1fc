import { bandMeaning, guidanceIn, textIn } from './rubric-names';

describe('rubric text in the reader’s language', () => {
  it('shows Chinese to Chinese readers and English to English readers', () => {
    expect(textIn('partly in place', '部分建立', 'zh')).toEqual({ text: '部分建立' });
    expect(textIn('partly in place', '部分建立', 'en')).toEqual({ text: 'partly in place' });
  });

  it('falls back to English marked as English when a rubric has no Chinese', () => {
    expect(textIn('partly in place', null, 'zh')).toEqual({ text: 'partly in place', lang: 'en' });
    expect(textIn('partly in place', '', 'zh')).toEqual({ text: 'partly in place', lang: 'en' });
  });

  it('shows nothing when there is no text at all', () => {
    expect(textIn(null, null, 'en')).toBeNull();
    expect(textIn(undefined, undefined, 'zh')).toBeNull();
  });

  it('reads an item’s guidance and a band’s meaning', () => {
    const item = {
      code: '1.1',
      name: 'Leadership',
      scaleMin: 0,
      scaleMax: 10,
      guidance: 'G',
      guidanceZh: '指引',
    };
    expect(guidanceIn(item, 'zh')).toEqual({ text: '指引' });
    const bands = [{ min: 0, max: 100, outcome: 'certified', meaning: 'meets the standard' }];
    expect(bandMeaning(bands, 'certified', 'zh')).toEqual({ text: 'meets the standard', lang: 'en' });
    expect(bandMeaning(bands, 'unknown', 'en')).toBeNull();
  });
});
