import fc from 'fast-check';
import { jsonTextShape as shapeOfBytes } from './json-shape';

const jsonTextShape = (text: string) => shapeOfBytes(Buffer.from(text));

/** The same measures taken on a parsed value, the slow way. */
function valueShape(v: unknown): { depth: number; containers: number } {
  if (v === null || typeof v !== 'object') return { depth: 0, containers: 0 };
  const children = Object.values(v).map(valueShape);
  return {
    depth: 1 + Math.max(0, ...children.map((c) => c.depth)),
    containers: 1 + children.reduce((s, c) => s + c.containers, 0),
  };
}

describe('jsonTextShape', () => {
  it('measures the text as the parsed value measures, brackets and escapes inside strings included', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(jsonTextShape(text)).toEqual(valueShape(JSON.parse(text)));
      }),
    );
  });

  it('ignores brackets in strings, even after escaped quotes and backslashes', () => {
    expect(jsonTextShape('{"a":"[{\\"[","b\\\\":[]}')).toEqual({ depth: 2, containers: 2 });
    expect(jsonTextShape('"[[["')).toEqual({ depth: 0, containers: 0 });
    expect(jsonTextShape('[[[]],{}]')).toEqual({ depth: 3, containers: 4 });
  });

  it('reads UTF-8 bytes: characters of several bytes never look like brackets or quotes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }), (strings) => {
        const text = JSON.stringify({ names: strings, nested: [strings] });
        expect(jsonTextShape(text)).toEqual(valueShape(JSON.parse(text)));
      }),
    );
    expect(jsonTextShape('{"名称":"［｛","客户":[{"满意度":"】"}]}')).toEqual({ depth: 3, containers: 3 });
  });
});
