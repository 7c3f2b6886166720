import { rowChanged } from '../../src/store/row-diff';
import { writtenColumns } from '../../src/store/schema';

describe('rowChanged: a merge of an unchanged row is skipped', () => {
  const actor = writtenColumns('Actor');
  const stored = {
    id: 'actor:a',
    name: 'A',
    aliases: null,
    aliasText: 'A',
    kind: 'PERSON',
    role: null,
    affiliationId: null,
  };
  it('absent, null and an empty list are the same "no value"', () => {
    expect(
      rowChanged(actor, { id: 'actor:a', name: 'A', aliases: [], aliasText: 'A', kind: 'PERSON' }, stored),
    ).toBe(false);
  });
  it('any written column that differs is a change; a row never stored is a change', () => {
    expect(rowChanged(actor, { ...stored, role: 'minister' }, stored)).toBe(true);
    expect(rowChanged(actor, { ...stored, aliases: ['B'] }, stored)).toBe(true);
    expect(rowChanged(actor, { ...stored, aliases: ['B'] }, { ...stored, aliases: ['B'] })).toBe(false);
    expect(rowChanged(actor, stored, undefined)).toBe(true);
  });
  it("a derived column (a figure's quote text) is never compared: merges do not write it", () => {
    const figure = writtenColumns('Figure');
    expect(Object.keys(figure)).not.toContain('quoteText');
    const row = {
      id: 'figure:x',
      value: 498,
      qualifier: 'EXACT',
      metric: 'killed',
      subject: 's',
      subjectKey: 's',
    };
    expect(rowChanged(figure, row, { ...row, low: null, high: null, asOf: null, quoteText: 'q' })).toBe(
      false,
    );
    expect(rowChanged(figure, { ...row, value: 499 }, row)).toBe(true);
  });
});
