import { KnownRespondents } from './known-respondents';
import { StoredRespondentFilter } from './respondent-keys';

describe('known respondents', () => {
  const at = (lastBatchId: string | null, batches: number) => ({ lastBatchId, batches });

  it('hands a campaign’s filter on only while its batches are as the keeping import left them', () => {
    const known = new KnownRespondents();
    const filter = new StoredRespondentFilter();
    known.keep('c1', filter, at('7', 3));
    expect(known.take('c1', at('7', 3))).toBe(filter);
    // Taken: a second import waiting for the campaign does not share it.
    expect(known.take('c1', at('7', 3))).toBeNull();
    known.keep('c1', filter, at('7', 3));
    expect(known.take('c1', at('9', 4))).toBeNull();
    // Dropped once it did not match: it cannot match later either.
    expect(known.take('c1', at('7', 3))).toBeNull();
    known.keep('c1', filter, at('7', 3));
    expect(known.take('c1', at('7', 2))).toBeNull();
    expect(known.take('c2', at(null, 0))).toBeNull();
  });

  it('keeps the two campaigns imported into last', () => {
    const known = new KnownRespondents();
    const filters = [1, 2, 3].map(() => new StoredRespondentFilter());
    known.keep('c1', filters[0], at('1', 1));
    known.keep('c2', filters[1], at('2', 1));
    known.keep('c1', filters[0], at('3', 2));
    known.keep('c3', filters[2], at('4', 1));
    expect(known.take('c2', at('2', 1))).toBeNull();
    expect(known.take('c1', at('3', 2))).toBe(filters[0]);
    expect(known.take('c3', at('4', 1))).toBe(filters[2]);
  });
});
