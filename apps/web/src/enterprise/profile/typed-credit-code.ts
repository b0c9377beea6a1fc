import { CREDIT_CODE_ALPHABET, creditCodeProblem, type CreditCodeProblem } from '@credit-code';

/**
 * What is wrong with a credit code while it is being typed: a character outside the alphabet or a letter
 * among the division digits (3 to 8) is wrong at once; length and the check character only once all 18 are
 * there. Null: nothing wrong so far.
 */
export function typedCreditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length === 0) return null;
  if ([...code].some((c) => !CREDIT_CODE_ALPHABET.includes(c))) return 'characters';
  if (/\D/.test(code.slice(2, 8))) return 'division';
  if (code.length < 18) return null;
  return creditCodeProblem(code);
}
