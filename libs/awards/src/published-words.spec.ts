import fc from 'fast-check';
import { proposeWinners } from './proposals/winner-proposal';
import type { CategoryRules } from './proposals/category-proposal';
import { bandText, noWinnerText, problemText, ruleText } from './published-words';

/** The rule exactly as the awards lib writes it into a publication, for these category rules. */
const publishedRule = (rules: CategoryRules, jointWinnersOnTie = true) =>
  proposeWinners({
    rules,
    industryCodes: ['telecom'],
    candidates: new Set(),
    jointWinnersOnTie,
    snapshots: new Map(),
    finalRound: null,
  }).rule;

const BANDS = ['certified-five-star', 'certified', 'conditional', 'not-certified'];
const rulesArb = fc.record({
  kind: fc.constantFrom('survey-benchmark' as const, 'panel' as const, 'combined' as const),
  perIndustry: fc.boolean(),
  maxWinners: fc.integer({ min: 1, max: 50 }),
  surveyWeight: fc.integer({ min: 0, max: 100 }),
  panelWeight: fc.integer({ min: 0, max: 100 }),
  minPanelBand: fc.option(fc.constantFrom(...BANDS), { nil: null }),
});
/** A run of Latin words: what an untranslated English sentence leaves (CSI, NPS, Welch and Holm are names). */
const ENGLISH_WORDS = /\b(?!CSI\b|CLI\b|NPS\b|Welch\b|Holm\b)[A-Za-z]{3,}(?:\s+[A-Za-z]{2,})+/;

describe('published words in Chinese', () => {
  it('says every rule the awards lib can write in Chinese, keeping its numbers', () => {
    fc.assert(
      fc.property(rulesArb, fc.boolean(), (rules, joint) => {
        const english = publishedRule(rules, joint);
        const chinese = ruleText(english, 'zh');
        expect(chinese).not.toMatch(ENGLISH_WORDS);
        for (const n of english.match(/\d+/g) ?? []) expect(chinese).toContain(n);
      }),
    );
  });

  it('translates the shapes by hand-checked examples, and leaves English as it is', () => {
    const panel = publishedRule({
      kind: 'panel',
      perIndustry: true,
      maxWinners: 1,
      surveyWeight: null,
      panelWeight: null,
      minPanelBand: null,
    });
    expect(ruleText(panel, 'zh')).toBe(
      '最终且已定稿评审轮次中每个行业的前 1 名，按轮次得分排序，再按公布的并列处理规则',
    );
    expect(ruleText(panel, 'en')).toBe(panel);
    const combined = publishedRule({
      kind: 'combined',
      perIndustry: false,
      maxWinners: 3,
      surveyWeight: 70,
      panelWeight: 30,
      minPanelBand: 'certified',
    });
    expect(ruleText(combined, 'zh')).toBe(
      '70% 调查 CSI + 30% 最终评审得分（均为 0-100），仅限评审等级不低于“通过认证”的企业；全部行业中前 3 名；' +
        '同分时先比评审得分，再比 CSI。仅在调查中参与排名（有效样本足够）的企业有资格',
    );
  });

  it('shows a rule of a shape it does not know in the words it was published with', () => {
    expect(ruleText('A rule written by a later version', 'zh')).toBe('A rule written by a later version');
  });

  it('names bands and the reasons for no winner in Chinese, falling back to the published words', () => {
    expect(bandText('certified', 'zh')).toBe('通过认证');
    expect(bandText('certified', 'en')).toBe('certified');
    expect(bandText('certified-five-star', 'en')).toBe('certified at five-star level');
    expect(bandText('a-new-band', 'en')).toBe('a-new-band');
    expect(bandText('a-new-band', 'zh')).toBe('a-new-band');
    expect(noWinnerText('no eligible enterprise: none has enough valid responses to be ranked', 'zh')).toBe(
      '无合格企业：没有企业的有效样本足以参与排名',
    );
    expect(noWinnerText('no proposal: the round is not finalised', 'zh')).toBe(
      'no proposal: the round is not finalised',
    );
    expect(noWinnerText('no proposal: the category has no judging round', 'zh')).toBe(
      '无法提出建议：该类别没有评审轮次',
    );
    expect(noWinnerText(null, 'zh')).toBe('');
  });

  it('says in Chinese why no proposal can be made, for every problem the awards lib writes', () => {
    const noRound = proposeWinners({
      rules: {
        kind: 'panel',
        perIndustry: true,
        maxWinners: 1,
        surveyWeight: null,
        panelWeight: null,
        minPanelBand: null,
      },
      industryCodes: ['telecom'],
      candidates: new Set(),
      jointWinnersOnTie: true,
      snapshots: new Map(),
      finalRound: null,
    });
    expect(noRound.problems.map((p) => problemText(p, 'zh'))).toEqual(['该类别没有评审轮次']);
    expect(noWinnerText(noRound.industries[0].noWinnerReason, 'zh')).toBe('无法提出建议：该类别没有评审轮次');
    const open = proposeWinners({
      rules: {
        kind: 'panel',
        perIndustry: false,
        maxWinners: 1,
        surveyWeight: null,
        panelWeight: null,
        minPanelBand: null,
      },
      industryCodes: ['telecom'],
      candidates: new Set(),
      jointWinnersOnTie: true,
      snapshots: new Map(),
      finalRound: {
        roundId: 'r',
        position: 2,
        name: 'Site visit',
        checksum: null,
        tieBreak: [],
        bands: [],
        entrants: [],
        state: 'open',
      },
    });
    expect(open.problems.map((p) => problemText(p, 'zh'))).toEqual([
      '最终轮次“Site visit”（第 2 轮）尚未定稿',
    ]);
    expect(problemText(open.problems[0], 'en')).toBe(open.problems[0]);
  });
});
