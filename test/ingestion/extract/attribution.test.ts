import { actorName, extract, figure } from './helpers';

describe('attribution', () => {
  it('takes the subject of a speech verb as claimant', () => {
    const b = extract('The World Health Organization said 413 people had been killed in Khartoum.');
    expect(actorName(b, figure(b, 413).claimant)).toBe('World Health Organization');
  });

  it('reads a trailing attribution', () => {
    const b = extract(
      'At least 48 fighters were killed in the clashes, the Syrian Observatory for Human Rights said on Tuesday.',
    );
    const f = figure(b, 48);
    expect(actorName(b, f.claimant)).toBe('Syrian Observatory for Human Rights');
    expect(f.asOf).toBe('2023-10-10');
  });

  it('reads "according to X"', () => {
    const b = extract('According to UNICEF, 1,000 children have been killed in Gaza.');
    expect(actorName(b, figure(b, 1000).claimant)).toBe('UNICEF');
  });

  it('gives the original source as claimant and the relaying outlet as via ("X reported, citing Y")', () => {
    const b = extract(
      "Sudan's Health Ministry said that 97 people had died in Omdurman, Reuters reported on Sunday, citing the ministry.",
    );
    const f = figure(b, 97);
    expect(actorName(b, f.claimant)).toBe('Sudanese Health Ministry');
    expect(actorName(b, f.via)).toBe('Reuters');
  });

  it('keeps the speaker and takes "according to" an outlet as via', () => {
    const b = extract(
      'The ministry of health in Gaza said 70 people had been killed in Rafah, according to Al Jazeera.',
    );
    const f = figure(b, 70);
    expect(actorName(b, f.via)).toBe('Al Jazeera');
    expect(f.claimant).not.toBeNull();
  });

  it('resolves "he", "it" and "the ministry" to the latest matching actor', () => {
    const b = extract(
      "Israel's Defence Minister Yoav Gallant visited the border on Monday. He said 300 militants had been killed. " +
        "Lebanon's Health Ministry gave its own count. The ministry said 52 civilians were killed. It added that 210 were wounded.",
    );
    expect(actorName(b, figure(b, 300).claimant)).toBe('Yoav Gallant');
    expect(actorName(b, figure(b, 52).claimant)).toBe('Lebanese Health Ministry');
    expect(actorName(b, figure(b, 210).claimant)).toBe('Lebanese Health Ministry');
  });

  it('lets a capital speak for its government', () => {
    const b = extract('Kyiv claims 400 Russian soldiers were killed near Bakhmut.');
    expect(actorName(b, figure(b, 400).claimant)).toBe('Government of Ukraine');
  });

  it('keeps an unnamed role as its own actor', () => {
    const b = extract(
      "Ukraine's presidential adviser said that 150 Russian troops were killed in the attack.",
    );
    const claimant = b.actors.find((a) => a.key === figure(b, 150).claimant);
    expect(claimant).toMatchObject({ key: 'ukrainian-presidential-adviser', kind: 'PERSON' });
  });

  it('lets a spokesperson speak for the institution', () => {
    const b = extract('"We destroyed 15 tanks," Defence Ministry spokesperson Igor Konashenkov said.');
    expect(b.actors.find((a) => a.name === 'Igor Konashenkov')?.role).toBe('Defence Ministry spokesperson');
  });

  it('leaves the claimant empty when the text names no source', () => {
    const b = extract('More than 2,000 civilians have been reported dead in Darfur.');
    expect(figure(b, 2000).claimant).toBeNull();
  });

  it('attributes a multi-sentence quotation to whoever said it', () => {
    const b = extract(
      '"The floods are the worst in memory. At least 1,136 people have died. We need help," Prime Minister Shehbaz Sharif said.',
    );
    expect(actorName(b, figure(b, 1136).claimant)).toBe('Shehbaz Sharif');
  });
});
