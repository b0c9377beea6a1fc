import { FIGURE_KEYS } from '@award-figures';
import { ORGANIZER_JUDGING } from '../judging-text';

describe('figure labels of the awards page', () => {
  it.each(FIGURE_KEYS)('labels the figure %s in English and Chinese', (key) => {
    const en = ORGANIZER_JUDGING.en.figure as Record<string, string>;
    const zh = ORGANIZER_JUDGING.zh.figure as Record<string, string>;
    expect(en[key]?.trim()).toBeTruthy();
    expect(zh[key]?.trim()).toBeTruthy();
  });

  it('knows the figures of every kind of category', () => {
    expect(FIGURE_KEYS).toEqual(
      expect.arrayContaining(['n', 'csi', 'p', 'adjustedP', 'panelScore', 'band', 'roundRank', 'combined']),
    );
  });
});
