import type { ActorKind } from '../../domain/enums';
import type { Country } from './gazetteer';
import { lookupKey, slugify } from './keys';

/**
 * The actors of one article. Records are created by the entity scanners and by attribution (a country
 * that speaks becomes its government); keys are given at the end, from the final canonical names, so a
 * person first seen as "Zelensky" and later as "Volodymyr Zelensky" is one actor.
 */
export interface ActorRecord {
  id: number;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  role: string | null;
  affiliation: ActorRecord | null;
  /** The country the actor belongs to, for "its soldiers" and nationality of subjects. */
  country: Country | null;
  /** Unnamed role actors ("Ukraine's presidential adviser") are kept apart from named people. */
  named: boolean;
  /** Set when the actor is referenced by a figure, control or dispute, or is a named mention. */
  used: boolean;
  /** A spokesperson speaks for their organisation: claims go to the affiliation. */
  speaksFor: ActorRecord | null;
  /** Lower-case surname forms for matching later mentions of a person. */
  surnames: Set<string>;
  key?: string;
}

export class ActorTable {
  private readonly records: ActorRecord[] = [];
  private readonly byName = new Map<string, ActorRecord>();

  all(): readonly ActorRecord[] {
    return this.records;
  }

  /** Finds or creates the actor with this canonical name. */
  upsert(name: string, kind: ActorKind, country: Country | null, surface?: string): ActorRecord {
    const lookup = lookupKey(name);
    let record = this.byName.get(lookup);
    if (!record) {
      record = {
        id: this.records.length,
        name,
        kind,
        aliases: new Set(),
        role: null,
        affiliation: null,
        country,
        named: true,
        used: false,
        speaksFor: null,
        surnames: new Set(),
      };
      this.records.push(record);
      this.byName.set(lookup, record);
    }
    if (surface) this.alias(record, surface);
    return record;
  }

  alias(record: ActorRecord, surface: string): void {
    const clean = surface
      .replace(/^(the|a|an)\s+/i, '')
      .replace(/['’]s$/, '')
      .trim();
    if (clean && clean !== record.name) record.aliases.add(clean);
  }

  /** Renames a record (a person whose fuller name appears later); keeps the old name as an alias. */
  rename(record: ActorRecord, name: string): void {
    if (name === record.name) return;
    this.byName.delete(lookupKey(record.name));
    record.aliases.add(record.name);
    record.aliases.delete(name);
    record.name = name;
    this.byName.set(lookupKey(name), record);
  }

  /** The government a country or its capital stands for when it speaks ("Kyiv claims", "Russia said"). */
  government(country: Country, surface?: string): ActorRecord {
    const record = this.upsert(`Government of ${country.name}`, 'GOVERNMENT', country, surface);
    record.key = `${slugify(country.name)}-government`;
    this.alias(record, country.name);
    return record;
  }

  military(country: Country, surface?: string): ActorRecord {
    return this.upsert(`${country.demonym} Armed Forces`, 'MILITARY', country, surface);
  }

  /** Gives every record its key; two records with one slug get numbered keys. */
  assignKeys(): void {
    const taken = new Set<string>();
    for (const record of this.records) {
      const base = record.key ?? slugify(record.name);
      let key = base;
      for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
      taken.add(key);
      record.key = key;
    }
  }
}

/** Surname forms that match across transliterations: Zelensky/Zelenskyy, Arestovich/Arestovych. */
export function surnameForm(word: string): string {
  return lookupKey(word)
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/[^a-z]/g, '');
}
