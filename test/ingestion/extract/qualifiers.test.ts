import { figure, extract } from './helpers';

describe('qualifiers', () => {
  const cases: [string, string][] = [
    ['Almost 600 people were killed in the floods, officials said.', 'NEARLY'],
    ['Nearly 600 people were killed in the floods, officials said.', 'NEARLY'],
    ['Around 600 people were killed in the floods, officials said.', 'ABOUT'],
    ['Some 600 people were killed in the floods, officials said.', 'ABOUT'],
    ['More than 600 people were killed in the floods, officials said.', 'MORE_THAN'],
    ['Over 600 people were killed in the floods, officials said.', 'MORE_THAN'],
    ['At least 600 people were killed in the floods, officials said.', 'AT_LEAST'],
    ['Up to 600 people were killed in the floods, officials said.', 'UP_TO'],
    ['Fewer than 600 people were killed in the floods, officials said.', 'LESS_THAN'],
    ['Exactly 600 people were killed in the floods, officials said.', 'EXACT'],
  ];
  it.each(cases)('%s -> %s', (text, qualifier) => {
    expect(figure(extract(text), 600).qualifier).toBe(qualifier);
  });

  it('keeps a printed typo of "more than" a MORE_THAN', () => {
    expect(
      figure(extract('The ministry said that ore than 2,000 civilians had been killed in Gaza.'), 2000)
        .qualifier,
    ).toBe('MORE_THAN');
  });

  it('reads "could reach as high as" as an upper bound', () => {
    const bundle = extract(
      'The UN refugee agency predicted the refugee number could reach as high as 2 million in Sudan.',
    );
    const f = figure(bundle, 2_000_000);
    expect(f.qualifier).toBe('UP_TO');
    expect(f.metric).toBe('refugees');
    expect(f.asOf).toBeNull();
  });
});
