/** Values every e2e test process runs with; the global setup adds DATABASE_URL and REDIS_URL. */
export const TEST_ORGANIZER = {
  email: 'organizer@test.care-awards.local',
  password: 'organizer-password-for-tests',
};

export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
  BOOTSTRAP_ORGANIZER_EMAIL: TEST_ORGANIZER.email,
  BOOTSTRAP_ORGANIZER_PASSWORD: TEST_ORGANIZER.password,
  // Tests log in far more often than people do; the rate-limit test sets its own low limit.
  AUTH_RATE_LIMIT: '100000',
  QUEUE_PREFIX: `care-test-${process.pid}`,
};

export const TEST_DATABASE = 'care_awards_test';
