import { actorName, extract } from './helpers';

describe('control claims', () => {
  it('"took full control of" is CONTROLS, with claimant and controller', () => {
    const b = extract(
      "Russia's Defense Ministry claimed on Wednesday that Russian armed forces took full control of the city of Melitopol.",
      '2022-03-03',
    );
    expect(b.controls).toHaveLength(1);
    const c = b.controls[0]!;
    expect(c).toMatchObject({ status: 'CONTROLS', place: 'melitopol', date: '2022-03-02' });
    expect(actorName(b, c.claimant)).toBe('Russian Defence Ministry');
    expect(actorName(b, c.controller)).toBe('Russian Armed Forces');
  });

  it('reads captured, encircled, still under control and pushed back', () => {
    const captured = extract('Ukraine confirmed that Russia had captured the town of Lyman.');
    expect(captured.controls[0]).toMatchObject({ status: 'CAPTURED', place: 'lyman' });
    expect(actorName(captured, captured.controls[0]!.controller)).toBe('Russian Armed Forces');

    const encircled = extract(
      'The Syrian Observatory for Human Rights said Aleppo was encircled by Syrian government forces.',
    );
    expect(encircled.controls[0]).toMatchObject({ status: 'ENCIRCLED', place: 'aleppo' });

    const retains = extract('The city council said that Mariupol was still under Ukrainian control.');
    expect(retains.controls[0]).toMatchObject({ status: 'RETAINS', place: 'mariupol' });
    expect(actorName(retains, retains.controls[0]!.controller)).toBe('Ukrainian Armed Forces');

    const pushed = extract(
      'Army chief Abdel Fattah al-Burhan said the RSF had been pushed back from the city of El Obeid.',
    );
    expect(pushed.controls[0]).toMatchObject({ status: 'RETAINS', place: 'el-obeid' });
  });

  it('skips attempts, intentions, negations and conditions', () => {
    const text =
      'The army said its troops tried to capture Bakhmut. Officials said Russian forces were intending to encircle Kyiv. ' +
      'The ministry said no major city has fallen. The governor said that if Kherson fell, the region would be cut off.';
    expect(extract(text).controls).toEqual([]);
  });

  it('needs a claimant named by the text', () => {
    const b = extract('The city of Mariupol was reportedly encircled by Russian forces.');
    expect(b.controls).toEqual([]);
    expect(b.warnings?.some((w) => w.includes('without a named source'))).toBe(true);
  });
});
