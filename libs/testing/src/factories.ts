import { randomUUID } from 'node:crypto';

export interface AccountInput {
  email: string;
  password: string;
  displayName: string;
}

/** A valid account with a unique email; pass overrides for what the test is about. */
export function buildAccount(overrides: Partial<AccountInput> = {}): AccountInput {
  const id = randomUUID().slice(0, 8);
  return {
    email: `user-${id}@example.test`,
    password: `password-${id}-long-enough`,
    displayName: `Test User ${id}`,
    ...overrides,
  };
}
