import { redisOptionsFromUrl } from './redis-connection';

describe('redisOptionsFromUrl', () => {
  it('reads host, port and database', () => {
    expect(redisOptionsFromUrl('redis://cache.internal:6380/4')).toMatchObject({
      host: 'cache.internal',
      port: 6380,
      db: 4,
    });
  });
  it('defaults the port and database', () => {
    expect(redisOptionsFromUrl('redis://127.0.0.1')).toMatchObject({ port: 6379, db: 0, tls: undefined });
  });
  it('decodes credentials and turns on TLS for rediss://', () => {
    expect(redisOptionsFromUrl('rediss://user:p%40ss@host:1234')).toMatchObject({
      username: 'user',
      password: 'p@ss',
      tls: {},
    });
  });
});
