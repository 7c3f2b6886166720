import type { Analysis } from './nlp';

/**
 * What a number counts: killed, wounded, missing, captured, detained, displaced, refugees, evacuated,
 * rescued, casualties, affected, equipment_lost, population, or "<things>_<participle>" for damage
 * done to things ("fires_extinguished", "homes_destroyed"). "died", "dead", "deaths" and "lost …
 * troops" are `killed`; "injured" is `wounded`; "fled the country" is `refugees`.
 */
export type NounClass = 'people' | 'equipment' | 'thing' | 'none';

const METRIC_OF_WORD: Readonly<Record<string, string>> = {
  killed: 'killed',
  kill: 'killed',
  kills: 'killed',
  killing: 'killed',
  dead: 'killed',
  died: 'killed',
  die: 'killed',
  dies: 'killed',
  dying: 'killed',
  deaths: 'killed',
  death: 'killed',
  fatalities: 'killed',
  perished: 'killed',
  slain: 'killed',
  massacred: 'killed',
  murdered: 'killed',
  executed: 'killed',
  drowned: 'killed',
  wounded: 'wounded',
  wounding: 'wounded',
  injured: 'wounded',
  injuring: 'wounded',
  injuries: 'wounded',
  hurt: 'wounded',
  hospitalised: 'wounded',
  hospitalized: 'wounded',
  missing: 'missing',
  unaccounted: 'missing',
  captured: 'captured',
  capturing: 'captured',
  prisoners: 'captured',
  pows: 'captured',
  hostages: 'hostages',
  captives: 'hostages',
  detained: 'detained',
  arrested: 'detained',
  abducted: 'abducted',
  kidnapped: 'abducted',
  displaced: 'displaced',
  homeless: 'displaced',
  refugees: 'refugees',
  refugee: 'refugees',
  evacuated: 'evacuated',
  evacuating: 'evacuated',
  rescued: 'rescued',
  casualties: 'casualties',
  affected: 'affected',
};

/** Nouns that carry the metric inside the counted phrase ("142 civilian deaths"). */
export const METRIC_NOUNS = new Set([
  'deaths',
  'death',
  'fatalities',
  'casualties',
  'injuries',
  'refugees',
  'prisoners',
  'pows',
  'hostages',
  'captives',
]);

/** Verbs that count losses of things: "destroyed 30 tanks", "have been extinguished". */
const THING_VERBS = new Set([
  'destroyed',
  'damaged',
  'extinguished',
  'collapsed',
  'flattened',
  'burned',
  'burnt',
  'razed',
  'downed',
  'intercepted',
  'demolished',
  'looted',
  'shelled',
  'hit',
  'seized',
]);

const PEOPLE_NOUNS = new Set(
  `people persons person civilians civilian soldiers soldier troops servicemen servicemembers personnel
  fighters militants combatants officers officer police policemen children child kids women men boys girls
  residents refugees migrants journalists reporters medics doctors nurses paramedics workers staff responders
  rescuers volunteers firefighters students pupils passengers victims bodies prisoners hostages patients
  inhabitants citizens nationals nationalists invaders occupiers militiamen insurgents rebels separatists
  marines paratroopers conscripts mercenaries recruits detainees pows infants babies elderly adults minors
  teachers crew sailors pilots guards members families individuals protesters demonstrators worshippers
  pilgrims villagers farmers miners fishermen tourists foreigners settlers gunmen attackers terrorists
  jihadists commanders generals officials employees`
    .trim()
    .split(/\s+/),
);

const EQUIPMENT_NOUNS = new Set(
  `tank tanks plane planes aircraft jets jet helicopters helicopter drones drone vehicles vehicle cars car
  trucks truck carriers carrier apcs ifvs bmps artillery pieces guns howitzers launchers systems missiles
  missile rockets ships ship boats vessels warships warship submarines equipment armour armor warfare
  fighter-jets uavs batteries`
    .trim()
    .split(/\s+/),
);

export function nounClass(word: string | undefined): NounClass {
  if (!word) return 'none';
  if (PEOPLE_NOUNS.has(word)) return 'people';
  if (EQUIPMENT_NOUNS.has(word)) return 'equipment';
  return 'thing';
}

export function metricOfWord(word: string): string | undefined {
  return METRIC_OF_WORD[word];
}

export function isThingVerb(word: string): boolean {
  return THING_VERBS.has(word);
}

/**
 * A metric word at token j, read with its neighbours: "fled" (refugees or displaced), "lost" (killed
 * or equipment lost), "among the dead", "brought to safety", "taken prisoner", "lost their lives".
 * `noun` is the class of the counted noun.
 */
export function metricAt(
  a: Analysis,
  j: number,
  noun: NounClass,
  headWord: string | undefined,
): string | undefined {
  const t = a.tokens[j];
  if (!t) return undefined;
  const next = a.tokens[j + 1];
  const next2 = a.tokens[j + 2];
  switch (t.low) {
    case 'fled':
    case 'flee':
    case 'fleeing': {
      const rest = `${next?.low ?? ''} ${next2?.low ?? ''}`;
      return /^(their|his|her) (homes?|houses?|villages?)/.test(rest) ? 'displaced' : 'refugees';
    }
    case 'lost':
    case 'lose':
    case 'losing':
      if (next?.low === 'their' && next2?.low === 'lives') return 'killed';
      if (next?.low === 'their' && next2 && /^homes?$/.test(next2.low)) return 'displaced';
      return noun === 'equipment' || noun === 'thing'
        ? 'equipment_lost'
        : noun === 'people'
          ? 'killed'
          : undefined;
    case 'among':
      if (next?.low === 'the' && next2) return metricOfWord(next2.low);
      return undefined;
    case 'brought':
      return next?.low === 'to' && next2?.low === 'safety' ? 'rescued' : undefined;
    case 'pulled':
    case 'dug':
    case 'freed': {
      // "pulled 8,000 people from the rubble"
      for (let k = j + 1; k < Math.min(a.tokens.length, j + 7); k++) {
        if (/^(rubble|debris|wreckage|water|ruins|collapsed)$/.test(a.tokens[k]!.low)) return 'rescued';
      }
      return next?.low === 'from' || next?.low === 'out' ? 'rescued' : undefined;
    }
    case 'taken':
    case 'took':
      if (next && /^(prisoners?|captive|hostages?)$/.test(next.low))
        return next.low.startsWith('hostage') ? 'abducted' : 'captured';
      if (next?.low === 'as' && next2 && /^prisoners?$/.test(next2.low)) return 'captured';
      return undefined;
    case 'forced':
    case 'driven': {
      // "forced a quarter of Ukraine's 44 million people from their homes"
      for (let k = j + 1; k < Math.min(a.tokens.length, j + 12); k++) {
        const w = a.tokens[k]!.low;
        if (w === 'homes' || w === 'home' || (w === 'flee' && k === j + 2)) return 'displaced';
        if (/[.;]/.test(a.tokens[k]!.post)) break;
      }
      return /^(from|out)$/.test(next?.low ?? '') ? 'displaced' : undefined;
    }
    case 'shot':
      return next?.low === 'down'
        ? noun === 'people'
          ? 'killed'
          : 'equipment_lost'
        : noun === 'people'
          ? 'killed'
          : undefined;
    default:
      break;
  }
  if (isThingVerb(t.low)) {
    if (noun === 'equipment') return 'equipment_lost';
    if (noun === 'thing' && headWord) return `${headWord}_${t.low}`;
    if (noun === 'people' && t.low === 'hit') return undefined;
    return undefined;
  }
  const metric = metricOfWord(t.low);
  if (metric === 'captured' && noun === 'equipment') return 'equipment_lost';
  if (metric && noun === 'equipment' && metric !== 'captured') return undefined;
  if (metric && noun === 'thing') return undefined;
  return metric;
}
