import { EnvironmentError } from './environment';
import { apiDocsEnabled } from './namespaces';
import { assertApiMayStart, productionApiProblems } from './production-checks';

describe('production start checks', () => {
  it('refuses a production API without METRICS_TOKEN, naming the variable', () => {
    expect(() => assertApiMayStart({ NODE_ENV: 'production' })).toThrow(EnvironmentError);
    expect(() => assertApiMayStart({ NODE_ENV: 'production' })).toThrow(/METRICS_TOKEN/);
    expect(productionApiProblems({ NODE_ENV: 'production' }).map((p) => p.variable)).toEqual([
      'METRICS_TOKEN',
    ]);
  });

  it('lets a production API with a metrics token start, and any other environment without one', () => {
    expect(productionApiProblems({ NODE_ENV: 'production', METRICS_TOKEN: 'a-token-of-16-chars+' })).toEqual(
      [],
    );
    expect(productionApiProblems({ NODE_ENV: 'development' })).toEqual([]);
    expect(productionApiProblems({ NODE_ENV: 'test' })).toEqual([]);
  });

  it('serves the API documentation by default outside production only, unless configured', () => {
    expect(apiDocsEnabled({ NODE_ENV: 'development' })).toBe(true);
    expect(apiDocsEnabled({ NODE_ENV: 'test' })).toBe(true);
    expect(apiDocsEnabled({ NODE_ENV: 'production' })).toBe(false);
    expect(apiDocsEnabled({ NODE_ENV: 'production', API_DOCS_ENABLED: 'true' })).toBe(true);
    expect(apiDocsEnabled({ NODE_ENV: 'development', API_DOCS_ENABLED: 'false' })).toBe(false);
  });
});
