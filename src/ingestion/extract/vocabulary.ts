/**
 * Closed word lists shared by several rule families. Everything is lower case and matched against
 * Token.low, so a list is also the documentation of what a rule recognises.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Verbs that introduce what an actor says ("said", "claimed", "told", "revealed"). */
export const SPEECH_VERBS = words(`
  say says said saying claim claims claimed claiming state states stated stating tell tells told telling
  reveal reveals revealed revealing report reports reported reporting confirm confirms confirmed confirming
  admit admits admitted admitting announce announces announced announcing add adds added adding
  note notes noted noting declare declares declared insist insists insisted argue argues argued arguing
  warn warns warned write writes wrote estimate estimates estimated acknowledge acknowledges
  acknowledged acknowledging publish publishes published allege alleges alleged assert asserts asserted
  predict predicts predicted tweet tweets tweeted posted explain explains explained
  quote quotes quoted spoke spoken speak speaks disclose disclosed discloses put puts indicate indicated
  indicates maintain maintains maintained counted recorded registered documented verified
`);

/** Speech verbs that need a following preposition or object to mean speech ("spoke of", "put at"). */
export const SPEECH_VERBS_WITH_PARTICLE: Readonly<Record<string, readonly string[]>> = {
  spoke: ['of', 'about'],
  spoken: ['of', 'about'],
  speak: ['of', 'about'],
  speaks: ['of', 'about'],
  put: ['the', 'its', 'their', 'his', 'her'],
  puts: ['the', 'its', 'their', 'his', 'her'],
  post: ['on', 'that'],
  posted: ['on', 'that'],
  posts: ['on', 'that'],
  counted: [],
  recorded: [],
  registered: [],
  documented: [],
  verified: [],
};

/** Words that may stand between a speaker and its verb ("the ministry also said", "he further claimed"). */
export const SPEAKER_GAP = words(`
  also further later earlier previously had has have been officially reportedly finally first then now
  still again already separately too once initially subsequently in turn however meanwhile yesterday
  today tonight on this last early late recently publicly openly repeatedly would could will had
  since morning evening night afternoon
`);

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/** Titles and roles written before a name ("President", "Major General", "spokesperson"). */
export const PERSON_TITLES = words(`
  president prime minister ministers chancellor king queen prince princess sheikh emir crown general gen
  lieutenant lt colonel col major captain capt commander chief secretary secretary-general governor mayor
  senator sen rep representative ambassador envoy spokesperson spokesman spokeswoman adviser advisor aide
  official head director chairman chairwoman chair leader pope patriarch ayatollah dr mr mrs ms miss prof
  professor presidential deputy vice acting former commissioner coordinator rapporteur prosecutor judge
  marshal admiral sergeant sgt lieutenant-general major-general brigadier colonel-general premier
  foreign defence defense interior health emergencies economy justice finance military army navy police
  top senior regional city district local state deputy-head press secretary-general journalist
  correspondent reporter analyst expert lawmaker mp speaker cleric imam rabbi bishop archbishop
  chief-of-staff field marshal general-lieutenant minister-counsellor activist doctor surgeon witness
`);

/** The words of PERSON_TITLES that identify a person on their own (not "foreign", "top", "state"). */
export const ROLE_NOUNS = words(`
  president minister chancellor king queen prince princess sheikh emir general gen lieutenant colonel col
  major captain commander chief secretary secretary-general governor mayor senator ambassador envoy
  spokesperson spokesman spokeswoman adviser advisor aide official officials head director chairman
  chairwoman leader pope patriarch ayatollah commissioner coordinator rapporteur prosecutor judge marshal
  admiral sergeant brigadier premier lawmaker mp speaker journalist correspondent reporter analyst doctor
  surgeon witness activist
`);

/** Honorifics and ranks that are a title and never a name ("Mr", "Dr", "Gen."). */
export const HONORIFICS = words(`mr mrs ms miss dr prof gen lt col capt sgt sen rep`);

/** Last words of organisation names ("State Emergency Service", "General Staff", "City Council"). */
export const ORG_HEADS = words(`
  ministry service services agency council committee office administration authority authorities
  commission police guard guards command staff directorate bureau department parliament cabinet
  government army forces navy military corps brigade battalion regiment division unit units court
  tribunal secretariat presidency assembly duma rada senate congress party front movement union
  federation association organization organisation society institute center centre fund programme
  program mission network observatory watch group coalition alliance news agency times post journal
  herald tribune gazette independent pravda daily weekly radio television tv channel broadcaster
`);

/** Nouns that name a news outlet when they follow or precede its name ("news agency RIA", "tabloid X"). */
export const OUTLET_NOUNS = words(`
  newspaper tabloid outlet broadcaster daily channel station website magazine paper agency portal
  weekly network
`);

/** Nouns that name military forces after a demonym ("Russian troops", "Ukrainian army"). */
export const MILITARY_NOUNS = words(`army military forces troops units servicemen soldiers navy`);

/** Personal pronouns a speaker may be, with what they can refer to. */
export const PERSON_PRONOUNS = words(`he she him her`);
export const THING_PRONOUNS = words(`it`);

/** Words of a verb group that carry no meaning of their own for the rules ("have been", "had also"). */
export const AUXILIARIES = words(`
  have has had having been be being is are was were will would could may might shall should also so
  far reportedly allegedly now already since then still officially confirmed reported said thought
  believed feared estimated understood known just all both only at least more than nearly almost
  presumed
`);

/** Modal and projection words: a figure or control they govern is not (yet) a fact. */
export const MODALS = words(
  `could would might may will shall expected predicted forecast projected feared likely`,
);

/**
 * Words that make a sentence worth compromise's pre-tagger: it may state a figure, a control claim or a
 * dispute. Other sentences keep the lexicon's tags (names, places, function words), which is all the
 * entity and speaker rules need.
 */
const TRIGGERS = words(`
  according one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
  hundred hundreds thousand thousands million millions billion dozen dozens control captured capture
  seized encircled surrounded besieged fallen fell siege pushed repelled repulsed retook recaptured
  liberated occupied overran fighting rejected denied dismissed dismissing refuted disputed contrary
  true false else killed dead died deaths injured wounded missing fled refugees displaced evacuated
  rescued toll casualties lost
`);

export function isTrigger(word: string): boolean {
  return TRIGGERS.has(word);
}

/** Negations and failed attempts that cancel a control claim. */
export const CONTROL_CANCELLERS = words(`
  not no never failed fail fails attempt attempts attempted attempting try tries tried trying intend
  intends intended intending plan plans planned planning aim aims aimed aiming seek seeks sought seeking
  want wants wanted hope hopes hoped if unless threaten threatens threatened vowed vow vows yet unable
  whether n't cannot
`);
