import { csvCell, toCsv } from './csv';

describe('CSV cells (RFC 4180, formula-injection safe)', () => {
  it('quotes fields holding commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Leeds, York')).toBe('"Leeds, York"');
    expect(csvCell('the "gold" cell')).toBe('"the ""gold"" cell"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('prefixes text that a spreadsheet would read as a formula with a single quote', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+44 113')).toBe("'+44 113");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers (negative ones too), null as empty, dates in ISO 8601', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(new Date('2026-10-01T00:00:00Z'))).toBe('2026-10-01T00:00:00.000Z');
  });

  it('ends every record, the header included, with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x,y'],
          [null, '=1'],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n,\'=1\r\n');
  });
});
