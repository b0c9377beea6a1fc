import fc from 'fast-check';
import {
  acceptedCodings,
  chooseCoding,
  ContentCoding,
  noneMatchHits,
  qualityOf,
  representationTag,
} from './content-negotiation';

const ALL: ContentCoding[] = ['br', 'gzip', 'identity'];

describe('chooseCoding', () => {
  it.each<[string | undefined, ContentCoding | null]>([
    [undefined, 'identity'],
    ['', 'identity'],
    ['br, gzip', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['GZIP, BR', 'br'],
    ['deflate', 'identity'],
    ['gzip;q=1.0, br;q=0.9', 'gzip'],
    ['br;q=0.5, gzip;q=0.5', 'br'],
    ['br;q=0, *', 'gzip'],
    ['*', 'br'],
    ['*;q=0.5, identity', 'identity'],
    ['identity;q=0, br', 'br'],
    ['identity;q=0', null],
    ['*;q=0', null],
    ['*;q=0, identity;q=0.1', 'identity'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['br ; q = 0.8 , gzip ; q=0.7', 'br'],
    // Malformed weights are ignored, not read as 1.
    ['br;q=2, gzip', 'gzip'],
    ['br;q=abc, gzip', 'gzip'],
    ['br;q=0.0001, gzip;q=0.5', 'gzip'],
  ])('%j -> %s', (header, expected) => {
    expect(chooseCoding(header, ALL)).toBe(expected);
  });

  it('never picks what was not offered: a small body offers identity first, then only the compressed', () => {
    expect(chooseCoding('br, gzip', ['identity'])).toBe('identity');
    expect(chooseCoding('identity;q=0, gzip', ['identity'])).toBeNull();
    expect(chooseCoding('identity;q=0, gzip', ['br', 'gzip'])).toBe('gzip');
  });

  const coding = fc.constantFrom('br', 'gzip', 'identity', 'deflate', 'zstd', '*', 'x-gzip', 'BR');
  const q = fc.integer({ min: 0, max: 1000 }).map((n) => (n / 1000).toString());
  const entry = fc.tuple(coding, fc.option(q)).map(([c, w]) => (w === null ? c : `${c};q=${w}`));
  const header = fc.array(entry, { maxLength: 6 }).map((es) => es.join(', '));
  const offered = fc.subarray(ALL, { minLength: 1 });

  it('picks an offered coding the header accepts, with the highest q of those offered, else null', () => {
    fc.assert(
      fc.property(header, offered, (h, o) => {
        const chosen = chooseCoding(h, o);
        const accepted = acceptedCodings(h);
        const best = Math.max(...o.map((c) => qualityOf(accepted, c)));
        if (chosen === null) return best === 0;
        return o.includes(chosen) && qualityOf(accepted, chosen) === best && best > 0;
      }),
    );
  });

  it('on a tie, keeps the server’s order: br, then gzip, then identity', () => {
    fc.assert(
      fc.property(header, (h) => {
        const chosen = chooseCoding(h, ALL);
        if (chosen === null) return true;
        const accepted = acceptedCodings(h);
        const before = ALL.slice(0, ALL.indexOf(chosen));
        return before.every((c) => qualityOf(accepted, c) < qualityOf(accepted, chosen));
      }),
    );
  });
});

describe('noneMatchHits', () => {
  const etag = '"abc-br11"';
  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ['', false],
    ['*', true],
    ['"abc-br11"', true],
    ['W/"abc-br11"', true],
    ['"x", "abc-br11", "y"', true],
    ['"x","abc-br11"', true],
    ['"abc"', false],
    ['"abc-gz9"', false],
    ['abc-br11', false],
    ['"abc-br11', false],
  ])('%j -> %s', (header, hit) => {
    expect(noneMatchHits(header, etag)).toBe(hit);
  });

  it('finds any tag of a list, however the list is spaced', () => {
    const tag = fc.stringMatching(/^[A-Za-z0-9_,-]{1,12}$/).map((t) => `"${t}"`);
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 4 }), tag, fc.nat(4), fc.boolean(), (others, mine, at, weak) => {
        const list = [...others];
        list.splice(Math.min(at, list.length), 0, weak ? `W/${mine}` : mine);
        return noneMatchHits(list.join(' ,  '), mine);
      }),
    );
  });
});

describe('representationTag', () => {
  it('puts the suffix inside the quotes, keeping a weak prefix', () => {
    expect(representationTag('"abc"', 'br11')).toBe('"abc-br11"');
    expect(representationTag('W/"abc"', 'gz9')).toBe('W/"abc-gz9"');
  });
});
