import { inLanguage } from './notifications.service';

describe('inLanguage', () => {
  const params = {
    enterpriseName: 'Hangzhou Care Ltd',
    enterpriseNameZh: '杭州关怀有限公司',
    reason: 'late',
  };

  it('gives Chinese readers the Chinese name, and drops the Zh params', () => {
    expect(inLanguage(params, 'zh')).toEqual({ enterpriseName: '杭州关怀有限公司', reason: 'late' });
  });

  it('gives English readers the name as registered', () => {
    expect(inLanguage(params, 'en')).toEqual({ enterpriseName: 'Hangzhou Care Ltd', reason: 'late' });
  });

  it('keeps the name when there is no Chinese one', () => {
    expect(inLanguage({ enterpriseName: 'A', enterpriseNameZh: '' }, 'zh')).toEqual({ enterpriseName: 'A' });
  });
});
