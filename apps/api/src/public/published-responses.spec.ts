import { canonical } from './published-responses';

describe('the addresses a published answer is remembered under', () => {
  it("takes a page's own addresses: its path, in Chinese, with a figure", () => {
    for (const url of [
      '/results/care-awards-2027',
      '/results/care-awards-2027?lang=zh',
      '/results/care-awards-2027/industries/telecom?metric=nps&lang=zh',
      '/public/campaigns/care-awards-2027',
    ])
      expect(canonical(url)).toBe(true);
  });

  it('refuses made-up query strings, repeats and very long addresses, which would only fill the memory', () => {
    for (const url of [
      '/results/care-awards-2027?x=1',
      '/results/care-awards-2027?lang=en',
      '/results/care-awards-2027?lang=zh&lang=zh',
      '/results/care-awards-2027/industries/telecom?metric=bogus',
      '/results/care-awards-2027?lang=zh&',
      `/results/${'a'.repeat(300)}`,
    ])
      expect(canonical(url)).toBe(false);
  });
});
