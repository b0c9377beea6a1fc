import { getSchemaPath } from '@nestjs/swagger';
import { AccessTokensService, SignInOutcome } from '@app/identity';
import { UserResponseDto } from '../users/user-response.dto';
import { AccessTokenResponseDto } from './auth.dto';
import { TwoFactorChallengeResponseDto } from './credentials.dto';

/** A login's answer as the API documents it: a token, or a second factor owed. */
export const SIGN_IN_RESPONSE = {
  oneOf: [
    { $ref: getSchemaPath(AccessTokenResponseDto) },
    { $ref: getSchemaPath(TwoFactorChallengeResponseDto) },
  ],
};

/** How a sign-in answers: the token, or `{ twoFactorRequired, challenge }` for a two-factor account. */
export async function signInAnswer(
  outcome: SignInOutcome,
  tokens: AccessTokensService,
): Promise<AccessTokenResponseDto | TwoFactorChallengeResponseDto> {
  if (outcome.kind === 'two-factor-required') {
    return { twoFactorRequired: true, challenge: outcome.challenge };
  }
  const issued = await tokens.issue(outcome.user, { secondFactor: outcome.secondFactor });
  return { ...issued, user: UserResponseDto.from(outcome.user) };
}
