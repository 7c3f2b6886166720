import { extract } from './helpers';

describe('actors and places', () => {
  it('finds people with their roles, before the name or in apposition', () => {
    const b = extract(
      'Sudanese army chief General Abdel Fattah al-Burhan said 30 soldiers were killed. ' +
        'Mohamed Hamdan Dagalo, the RSF commander, said 12 fighters were killed.',
    );
    const burhan = b.actors.find((a) => a.name === 'Abdel Fattah al-Burhan');
    expect(burhan).toMatchObject({ kind: 'PERSON', key: 'abdel-fattah-al-burhan' });
    expect(burhan?.role).toMatch(/General/);
    expect(b.actors.find((a) => a.name === 'Mohamed Hamdan Dagalo')?.role).toBe('RSF commander');
  });

  it('merges spellings of one surname and keeps the fuller name', () => {
    const b = extract(
      'Zelenskyy said 10 people were killed. Later, President Volodymyr Zelensky said 12 people were killed.',
    );
    const people = b.actors.filter((a) => a.kind === 'PERSON');
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe('Volodymyr Zelensky');
    expect(people[0]!.aliases).toContain('Zelenskyy');
  });

  it('canonicalises ministries, services, armed forces and outlets', () => {
    const b = extract(
      "Russia's Defense Ministry said 20 drones were destroyed, RIA news agency reported. " +
        "Ukraine's State Emergency Service said that 7 people were killed, according to the Kyiv Independent. " +
        'The United Nations (UN) said 3 civilians were killed.',
    );
    const keys = b.actors.map((a) => a.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'russian-defence-ministry',
        'ria-novosti',
        'ukrainian-state-emergency-service',
        'kyiv-independent',
        'united-nations',
      ]),
    );
    expect(b.actors.find((a) => a.key === 'ria-novosti')?.kind).toBe('MEDIA');
    expect(b.actors.find((a) => a.key === 'united-nations')).toMatchObject({
      kind: 'INTERNATIONAL_ORGANIZATION',
      aliases: ['UN'],
    });
  });

  it('finds places in the gazetteer and places the text introduces', () => {
    const b = extract(
      'Fighting raged in Khartoum and Omdurman. The army said the town of Umm Rawaba and the Kherson region were quiet.',
    );
    const byKey = Object.fromEntries(b.places.map((p) => [p.key, p]));
    expect(byKey['khartoum']).toMatchObject({ kind: 'CITY', country: 'Sudan' });
    expect(byKey['omdurman']).toMatchObject({ kind: 'CITY', country: 'Sudan' });
    expect(byKey['umm-rawaba']).toMatchObject({ kind: 'TOWN' });
    expect(byKey['kherson-region']).toMatchObject({ kind: 'REGION', country: 'Ukraine' });
  });

  it('keys are slugs of canonical names', () => {
    for (const actor of extract('The Kremlin said 5 drones were shot down over Moscow.').actors) {
      expect(actor.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
