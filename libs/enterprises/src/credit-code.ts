/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, Z, S, V). Characters 3-8 are the administrative division
 * (digits); the 18th is a check character: 31 - (sum of value x weight over the first 17) mod 31.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters (which must be from the alphabet). */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error('a credit code body has 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value < 0) throw new Error(`'${first17[i]}' is not a credit code character`);
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

export type CreditCodeProblem = 'length' | 'characters' | 'division' | 'check';

/** Why a code is invalid, or null when it is valid. Codes are compared upper-cased. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  if ([...code].some((c) => !CREDIT_CODE_ALPHABET.includes(c))) return 'characters';
  if (!SHAPE.test(code)) return 'division';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'check';
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}

export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, string> = {
  length: 'creditCode must have exactly 18 characters',
  characters: 'creditCode may only use digits and the capitals A-Y except I, O, S, V, Z',
  division: 'creditCode characters 3 to 8 must be digits (the administrative division code)',
  check: 'creditCode check character (the 18th) does not match the first 17',
};

/** The same problems in Chinese, for answers to a reader of Chinese. */
export const CREDIT_CODE_MESSAGES_ZH: Record<CreditCodeProblem, string> = {
  length: 'creditCode 必须正好 18 个字符',
  characters: 'creditCode 只能使用数字和除 I、O、S、V、Z 外的大写字母 A-Y',
  division: 'creditCode 的第 3 至 8 位必须是数字（行政区划代码）',
  check: 'creditCode 的校验位（第 18 位）与前 17 位不符',
};
