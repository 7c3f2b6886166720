import { actorName, extract, quotesAreExact } from './helpers';

describe('disputes', () => {
  it('"rejected this" targets the control claim of the sentence before', () => {
    const b = extract(
      'The RSF said its fighters had taken control of the airport in Khartoum. ' +
        'But army spokesman Nabil Abdallah rejected this and said fighting was ongoing.',
    );
    expect(b.controls).toHaveLength(1);
    expect(b.disputes).toHaveLength(1);
    expect(b.disputes[0]!.target).toEqual({ control: b.controls[0]!.key });
    expect(b.disputes[0]!.quote).toBe('rejected this and said fighting was ongoing');
    expect(quotesAreExact(b)).toBe(true);
  });

  it('a counter-figure "on the contrary" targets the same count by the other side', () => {
    const b = extract(
      'The Israeli military said 1,500 Hamas fighters were killed. ' +
        'On the contrary, the Gaza Health Ministry has been saying something else, adding that 500 Hamas fighters were killed.',
    );
    const target = b.figures.find((f) => f.value === 1500)!;
    expect(b.disputes).toEqual([expect.objectContaining({ target: { figure: target.key } })]);
    expect(actorName(b, b.disputes[0]!.disputer)).toBe('Gaza Health Ministry');
  });

  it('"is not true" and "dismissed" dispute the latest claim of someone else', () => {
    const b = extract(
      'Ankara said it had killed 101 Syrian soldiers, but Damascus dismissed the figures as propaganda.',
    );
    expect(b.disputes).toHaveLength(1);
    expect(actorName(b, b.disputes[0]!.disputer)).toBe('Government of Syria');

    const c = extract(
      'Some 199 hostages are being held in Gaza, the Israeli military said. "This is not true," a Hamas official told Al Jazeera.',
    );
    expect(c.disputes).toHaveLength(1);
    expect(actorName(c, c.disputes[0]!.disputer)).toBe('Hamas');
  });

  it('a denial with no claim before it is not a dispute', () => {
    expect(extract('The Kremlin denied that any talks had taken place.').disputes).toEqual([]);
  });
});
