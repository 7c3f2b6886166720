import { actorName, extract, figure, quotesAreExact } from './helpers';

describe('figures: metric and subject', () => {
  it('reads the metric from the verb group after the counted phrase', () => {
    const b = extract('The Gaza Health Ministry said 2,670 Palestinians have been killed and 9,600 wounded.');
    expect(figure(b, 2670)).toMatchObject({ metric: 'killed', subject: 'Palestinians' });
    expect(figure(b, 9600)).toMatchObject({ metric: 'wounded', subject: 'Palestinians' });
  });

  it('maps died, dead, deaths and "lost … soldiers" to killed, injured to wounded, fled to refugees', () => {
    expect(figure(extract('The ministry said 40 Israeli soldiers had died.'), 40).metric).toBe('killed');
    expect(figure(extract('Rescuers said 35 people were injured in Herat.'), 35).metric).toBe('wounded');
    expect(figure(extract('The UN said 120 civilian deaths had been recorded in Idlib.'), 120)).toMatchObject(
      { metric: 'killed', subject: 'Syrian civilians' },
    );
    expect(figure(extract('The army said Hamas lost 1,500 fighters in the battle.'), 1500).metric).toBe(
      'killed',
    );
    expect(figure(extract('UNHCR said 400,000 Sudanese have fled the country.'), 400000)).toMatchObject({
      metric: 'refugees',
      subject: 'Sudanese',
    });
  });

  it('reads the verb before the number and carries it along a list', () => {
    const b = extract(
      'According to the Ukrainian General Staff, Russia lost 120 troops, 3 tanks and 2 helicopters on Sunday.',
    );
    expect(figure(b, 120)).toMatchObject({ metric: 'killed', subject: 'Russian soldiers' });
    expect(figure(b, 3)).toMatchObject({ metric: 'equipment_lost', subject: 'Russian tanks' });
    expect(figure(b, 2)).toMatchObject({ metric: 'equipment_lost', subject: 'Russian helicopters' });
  });

  it('resolves "of its soldiers" to the speaking side', () => {
    const b = extract(
      "Turkey's Defence Ministry said that 12 of its soldiers had been killed in northern Iraq.",
    );
    expect(figure(b, 12).subject).toBe('Turkish soldiers');
  });

  it('gives a bare number the subject of the number before it', () => {
    const b = extract('Officials said 21 people were killed and 112 injured in Kharkiv.');
    expect(figure(b, 112)).toMatchObject({ metric: 'wounded', subject: 'people in Kharkiv' });
  });

  it('reads "the death toll rose to N" and things counted with their own verb', () => {
    expect(
      figure(extract('The death toll from the earthquake rose to 2,100, officials in Morocco said.'), 2100)
        .metric,
    ).toBe('killed');
    expect(figure(extract('Civil defence said 300 buildings collapsed in Hatay.'), 300).metric).toBe(
      'buildings_collapsed',
    );
  });

  it('reads a fraction of a population', () => {
    const b = extract("The war has forced a quarter of Syria's 22 million people from their homes.");
    expect(figure(b, 22_000_000)).toMatchObject({ metric: 'population', subject: 'Syrians' });
    expect(figure(b, 5_500_000)).toMatchObject({ metric: 'displaced', qualifier: 'ABOUT' });
  });

  it('skips numbers that count nothing', () => {
    expect(extract('The talks lasted 3 hours and 12 delegations attended.').figures).toEqual([]);
  });

  it('encodes one statement once', () => {
    const b = extract(
      'President Ruto said almost 300 people have died in the floods. "Almost 300 people died. It is a tragedy," Ruto said.',
    );
    expect(b.figures.filter((f) => f.value === 300)).toHaveLength(1);
    expect(actorName(b, figure(b, 300).claimant)).toBe('Ruto');
    expect(quotesAreExact(b)).toBe(true);
  });
});
