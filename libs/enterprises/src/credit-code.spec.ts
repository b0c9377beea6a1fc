import fc from 'fast-check';
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckCharacter,
  creditCodeProblem,
  isValidCreditCode,
} from './credit-code';

describe('unified social credit code', () => {
  it('computes the check character by hand for a published code', () => {
    // 91350100M000100Y4?: values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4
    // weighted sum = 9*1 + 1*3 + 3*9 + 5*27 + 0*19 + 1*26 + 0*16 + 0*17 + 21*20 + 0*29 + 0*25 + 0*13
    //              + 1*8 + 0*24 + 0*10 + 30*30 + 4*28 = 1640; 1640 mod 31 = 28; 31 - 28 = 3 -> '3'
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });

  it.each(['91110000600037341L', '91440300708461136T', '9144030071526726XG'])(
    'accepts the real code %s',
    (code) => {
      expect(creditCodeProblem(code)).toBeNull();
    },
  );

  it.each([
    ['9144030070846113', 'length'],
    ['91440300708461136TX', 'length'],
    ['91440300708461136I', 'characters'],
    ['91440300708461136t', 'characters'],
    ['9144A300708461136T', 'division'],
    ['91440300708461136U', 'check'],
  ])('rejects %s (%s)', (code, problem) => {
    expect(creditCodeProblem(code)).toBe(problem);
  });

  const body = fc
    .tuple(
      fc.array(fc.constantFrom(...CREDIT_CODE_ALPHABET), { minLength: 2, maxLength: 2 }),
      fc.array(fc.constantFrom(...'0123456789'), { minLength: 6, maxLength: 6 }),
      fc.array(fc.constantFrom(...CREDIT_CODE_ALPHABET), { minLength: 9, maxLength: 9 }),
    )
    .map(([a, b, c]) => [...a, ...b, ...c].join(''));

  it('property: a body with its computed check character is always valid', () => {
    fc.assert(fc.property(body, (b) => isValidCreditCode(b + creditCodeCheckCharacter(b))));
  });

  it('property: changing any one character of a valid code is always detected', () => {
    fc.assert(
      fc.property(body, fc.nat(16), fc.constantFrom(...CREDIT_CODE_ALPHABET), (b, position, replacement) => {
        fc.pre(b[position] !== replacement);
        const code = b + creditCodeCheckCharacter(b);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        return !isValidCreditCode(changed);
      }),
    );
  });
});
