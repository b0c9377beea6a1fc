import { feedbackRounds } from './feedback-rounds';

describe("The feedback's rounds as the page reads them", () => {
  it('keeps what has the expected type and leaves out the rest', () => {
    expect(
      feedbackRounds([
        {
          roundId: 'r1',
          roundName: 'Site visit',
          score: 73.2,
          band: 'certified',
          bandNameZh: '达标',
          categories: [
            { code: '1', name: 'Leadership', nameZh: '领导能力', weight: 10, percent: 75 },
            { code: '2', name: 'People', nameZh: 7, percent: 60 },
            'junk',
          ],
          comments: [{ category: '1', text: 'Reviews results monthly.' }, { category: '2' }],
        },
        { score: 'high' },
      ]),
    ).toEqual([
      {
        roundId: 'r1',
        roundName: 'Site visit',
        score: 73.2,
        band: 'certified',
        bandNameZh: '达标',
        categories: [
          { code: '1', name: 'Leadership', nameZh: '领导能力', percent: 75 },
          { code: '2', name: 'People', nameZh: null, percent: 60 },
        ],
        comments: ['Reviews results monthly.'],
      },
      {
        roundId: '1',
        roundName: '',
        score: null,
        band: null,
        bandNameZh: null,
        categories: [],
        comments: [],
      },
    ]);
  });
});
