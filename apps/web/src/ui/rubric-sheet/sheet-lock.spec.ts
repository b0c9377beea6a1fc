import { sheetLock } from './sheet-lock';

describe('sheetLock', () => {
  it('locks a submitted sheet whatever its round', () => {
    expect(sheetLock('submitted', 'open')).toBe('submitted');
    expect(sheetLock('submitted', 'closed')).toBe('submitted');
  });

  it('locks any other sheet, or none yet, outside an open round', () => {
    expect(sheetLock('draft', 'closed')).toBe('round-not-open');
    expect(sheetLock(null, 'finalised')).toBe('round-not-open');
    expect(sheetLock(undefined, 'draft')).toBe('round-not-open');
  });

  it('leaves a draft, or no sheet yet, open to change in an open round', () => {
    expect(sheetLock('draft', 'open')).toBeNull();
    expect(sheetLock(null, 'open')).toBeNull();
  });
});
