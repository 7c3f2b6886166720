import { rssGrowth } from '../../bench/rss-growth';

describe('rssGrowth: leaks show, a sawtooth plateau does not', () => {
  it('a steady leak after the warm-up is growth and slope', () => {
    const leak = Array.from({ length: 300 }, (_, i) => (i < 30 ? 300 + i * 10 : 600 + (i - 30)));
    const g = rssGrowth(leak, 2, 60)!;
    expect(g.percent).toBeGreaterThan(20);
    expect(g.slopeMbPerMin).toBeCloseTo(30, 5);
  });
  it('an oscillating plateau after the warm-up is neither, whatever sample it starts on', () => {
    const saw = Array.from({ length: 300 }, (_, i) => (i < 30 ? 300 + i * 10 : 750 + (i % 7) * 15 - 45));
    const g = rssGrowth(saw, 2, 60)!;
    expect(Math.abs(g.percent)).toBeLessThan(1);
    expect(Math.abs(g.slopeMbPerMin)).toBeLessThan(0.5);
  });
  it('too few samples after the warm-up give no figure', () => {
    expect(rssGrowth([1, 2, 3, 4], 2, 60)).toBeNull();
  });
});
