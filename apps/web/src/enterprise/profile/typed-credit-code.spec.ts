// The aliases the web build uses (vite.config.mts) are also paths of the root tsconfig, which jest maps.
import { typedCreditCodeProblem } from './typed-credit-code';

describe('A credit code checked as it is typed', () => {
  it.each(['91440300708461136T', '91110000600037341L'])('accepts the valid code %s', (code) => {
    expect(typedCreditCodeProblem(code)).toBeNull();
  });

  it('says nothing while a plausible code is still being typed', () => {
    for (let n = 0; n < 18; n++) expect(typedCreditCodeProblem('91440300708461136T'.slice(0, n))).toBeNull();
  });

  it('flags a wrong check character once all 18 are there', () => {
    expect(typedCreditCodeProblem('91440300708461136A')).toBe('check');
  });

  it('flags a character outside the alphabet at once', () => {
    expect(typedCreditCodeProblem('91I')).toBe('characters');
    expect(typedCreditCodeProblem('9a')).toBe('characters');
  });

  it('flags a letter among the division digits at once', () => {
    expect(typedCreditCodeProblem('9144A')).toBe('division');
  });

  it('flags a code that is too long', () => {
    expect(typedCreditCodeProblem('91440300708461136T1')).toBe('length');
  });
});
