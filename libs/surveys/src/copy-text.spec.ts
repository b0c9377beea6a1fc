import { copyEscape, copyLine } from './copy-text';
import type { AcceptedResponse } from './response-row';

describe('COPY text', () => {
  it('escapes backslash, tab, newline and carriage return, and leaves other text alone', () => {
    expect(copyEscape('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyEscape('panel-000123 ok')).toBe('panel-000123 ok');
  });

  it('writes a response in column order with \\N for nulls and an array literal for the answers', () => {
    const r: AcceptedResponse = {
      enterpriseId: '7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f',
      industryCode: 'telecom',
      respondentKey: 'k\t1',
      submittedAt: '2027-05-03T10:15:00+08:00',
      channel: 'web',
      completionSeconds: null,
      answers: [8, null, 1],
      scores: { image: 1, expectations: null, quality: 3, value: 4, satisfaction: 5, loyalty: 6 },
      nps: 'promoter',
      complained: false,
      exclusion: null,
      flags: 4,
    };
    expect(copyLine(17, r).split('\t')).toEqual([
      '17',
      r.enterpriseId,
      'k\\t1',
      'telecom',
      '2027-05-03T10:15:00+08:00',
      'web',
      '\\N',
      '{8,NULL,1}',
      '1',
      '\\N',
      '3',
      '4',
      '5',
      '6',
      '2',
      'f',
      '\\N',
      '4',
    ]);
  });
});
