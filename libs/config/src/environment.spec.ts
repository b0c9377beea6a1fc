import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENVIRONMENT_VARIABLES, EnvironmentError, parseEnvironment } from './environment';

const VALID = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/care_awards',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'a-secret-that-is-at-least-32-characters-long',
};

function problemsOf(raw: Record<string, string | undefined>): Record<string, string> {
  try {
    parseEnvironment(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvironmentError);
    return Object.fromEntries((error as EnvironmentError).problems.map((p) => [p.variable, p.message]));
  }
  throw new Error('expected the environment to be rejected');
}

describe('parseEnvironment', () => {
  it('applies the documented defaults to a minimal environment', () => {
    const env = parseEnvironment(VALID);
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      CORS_ORIGINS: '',
      BODY_LIMIT_BYTES: 1048576,
      AUTH_RATE_LIMIT: 10,
      JWT_TTL_SECONDS: 3600,
      QUEUE_PREFIX: 'care',
      DATABASE_POOL_SIZE: 10,
    });
  });

  it('converts numbers and keeps explicit values', () => {
    const env = parseEnvironment({
      ...VALID,
      PORT: '8080',
      LOG_LEVEL: 'debug',
      CORS_ORIGINS: 'https://a.example,https://b.example',
    });
    expect(env.PORT).toBe(8080);
    expect(env.LOG_LEVEL).toBe('debug');
    expect(env.CORS_ORIGINS).toBe('https://a.example,https://b.example');
  });

  it('names every missing required variable at once', () => {
    const problems = problemsOf({});
    expect(Object.keys(problems).sort()).toEqual(['DATABASE_URL', 'JWT_SECRET', 'REDIS_URL']);
    expect(problems.DATABASE_URL).toMatch(/is required/);
  });

  it('refuses a pool of one connection, which the snapshot writer would wait on forever', () => {
    expect(problemsOf({ ...VALID, DATABASE_POOL_SIZE: '1' }).DATABASE_POOL_SIZE).toMatch(/at least 2/);
    expect(parseEnvironment({ ...VALID, DATABASE_POOL_SIZE: '2' }).DATABASE_POOL_SIZE).toBe(2);
  });

  it('treats an empty value as missing', () => {
    expect(Object.keys(problemsOf({ ...VALID, REDIS_URL: '' }))).toEqual(['REDIS_URL']);
  });

  it.each([
    ['DATABASE_URL', 'mysql://localhost/care', /postgres/],
    ['REDIS_URL', 'localhost:6379', /redis:\/\//],
    ['JWT_SECRET', 'short', /at least 32/],
    ['PORT', 'eighty', /integer/],
    ['PORT', '70000', /65535/],
    ['LOG_LEVEL', 'loud', /one of/],
    ['NODE_ENV', 'staging', /one of/],
    ['CORS_ORIGINS', 'not a url', /CORS_ORIGINS/],
    ['QUEUE_PREFIX', 'Has Spaces', /QUEUE_PREFIX/],
    ['TRUST_PROXY', 'yes', /one of/],
    ['BOOTSTRAP_ORGANIZER_EMAIL', 'nobody', /email/],
  ])('rejects %s=%s with a message naming it', (variable, value, message) => {
    const problems = problemsOf({
      ...VALID,
      [variable]: value,
      BOOTSTRAP_ORGANIZER_PASSWORD: 'long-enough-password',
    });
    expect(Object.keys(problems)).toEqual([variable]);
    expect(problems[variable]).toMatch(message);
  });

  it('requires a strong bootstrap password when a bootstrap email is set', () => {
    const missing = problemsOf({ ...VALID, BOOTSTRAP_ORGANIZER_EMAIL: 'org@example.org' });
    expect(missing.BOOTSTRAP_ORGANIZER_PASSWORD).toMatch(/required when BOOTSTRAP_ORGANIZER_EMAIL/);
    const weak = problemsOf({
      ...VALID,
      BOOTSTRAP_ORGANIZER_EMAIL: 'org@example.org',
      BOOTSTRAP_ORGANIZER_PASSWORD: 'short',
    });
    expect(weak.BOOTSTRAP_ORGANIZER_PASSWORD).toMatch(/12 characters/);
  });

  it('puts the variable names in the error message people read at boot', () => {
    expect(() => parseEnvironment({ ...VALID, PORT: 'x' })).toThrow(/PORT/);
  });

  it('is documented: the README and .env.example list every variable', () => {
    const root = join(__dirname, '..', '..', '..');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = readFileSync(join(root, '.env.example'), 'utf8');
    for (const name of ENVIRONMENT_VARIABLES) {
      expect(readme).toContain(`\`${name}\``);
      expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
    }
  });
});
