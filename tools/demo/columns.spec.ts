import stringWidth from 'string-width';
import { alignRight, fitColumns } from './columns';

describe('fitColumns', () => {
  it('pads by the columns a terminal draws: a Chinese character is two', () => {
    expect(fitColumns('Telecom 电信业', 20)).toBe('Telecom 电信业      ');
    expect(stringWidth(fitColumns('Telecom 电信业', 20))).toBe(20);
    expect(stringWidth(fitColumns('Finance', 20))).toBe(20);
  });

  it('cuts a long name with an ellipsis, never half a wide character', () => {
    expect(fitColumns('深圳市示例电信有限公司客户服务中心', 11)).toBe('深圳市示例…');
    // ten columns leave room for four wide characters and the ellipsis: the last column is a space
    expect(fitColumns('深圳市示例电信有限公司客户服务中心', 10)).toBe('深圳市示… ');
  });

  it('aligns numbers to the right', () => {
    expect(alignRight('1,234', 8)).toBe('   1,234');
  });
});
