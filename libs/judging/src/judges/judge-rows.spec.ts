import { readAffiliation, readJudgeRow, writeAffiliation } from './judge-rows';

describe('judge rows', () => {
  it('reads affiliations as written, Chinese brackets and an open end included, and writes them back', () => {
    const a = readAffiliation('Example Telecom Co., Ltd. (employer 2015-2020, 91440300708461136t)');
    expect(a).toEqual({
      organisation: 'Example Telecom Co., Ltd.',
      creditCode: '91440300708461136T',
      relation: 'employer',
      fromYear: 2015,
      toYear: 2020,
    });
    expect(readAffiliation('示例银行（client 2023-）')).toMatchObject({
      organisation: '示例银行',
      toYear: null,
    });
    expect(readAffiliation('Acme (partner 2019-2020)')).toBeNull();
    expect(readAffiliation(writeAffiliation(a!))).toEqual(a);
  });

  it('reports every problem of a row', () => {
    const { problems } = readJudgeRow(
      4,
      {
        displayName: '',
        email: 'nobody',
        language: 'de',
        title: '',
        expertiseIndustries: 'telecom',
        affiliations: 'A (employer 2020-2010); B (client 2031-)',
      },
      new Date('2026-06-01'),
    );
    expect(problems.map((p) => [p.field, p.message.en])).toEqual([
      ['lines[4].displayName', 'is required'],
      ['lines[4].email', 'must be an email address'],
      ['lines[4].language', 'must be zh or en'],
      ['lines[4].affiliations', 'A: the tie ends (2010) before it starts (2020)'],
      ['lines[4].affiliations', 'B: the tie starts in the future (2031)'],
    ]);
  });
});
