import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { BUNDLE_LIMITS } from '../../domain/bundle-invariants';

/**
 * class-validator rules shared by the bundle inputs, worded like domain checkBundle so a client reads
 * the same reason whichever layer caught it. Shapes and limits live here; cross-field invariants
 * (quotes in the text, keys that resolve, real calendar dates) stay in checkBundle, run after.
 */
const NOT_BLANK = /\S/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const Required = (max: number = BUNDLE_LIMITS.fieldChars): PropertyDecorator => {
  const notBlank = Matches(NOT_BLANK, { message: 'must not be empty' });
  const length = MaxLength(max, { message: `must be at most ${max} characters` });
  return (target, key) => {
    notBlank(target, key);
    length(target, key);
  };
};

export const Optional = (max: number = BUNDLE_LIMITS.fieldChars): PropertyDecorator => {
  const optional = IsOptional();
  const length = MaxLength(max, { message: `must be at most ${max} characters` });
  return (target, key) => {
    optional(target, key);
    length(target, key);
  };
};

export const OptionalDate = (): PropertyDecorator => {
  const optional = IsOptional();
  const date = Matches(ISO_DATE, { message: 'must be a date written YYYY-MM-DD' });
  return (target, key) => {
    optional(target, key);
    date(target, key);
  };
};

export const Amount = (optional: boolean): PropertyDecorator => {
  const rules = [
    Min(0, { message: 'must not be negative' }),
    Max(BUNDLE_LIMITS.maxValue, { message: `must be at most ${BUNDLE_LIMITS.maxValue}` }),
    ...(optional ? [IsOptional()] : []),
  ];
  return (target, key) => rules.forEach((rule) => rule(target, key));
};

export const ListOf = (max: number = BUNDLE_LIMITS.listItems): PropertyDecorator =>
  ArrayMaxSize(max, { message: `must have at most ${max} items` });

export const Aliases = (): PropertyDecorator => {
  const rules = [
    IsOptional(),
    ArrayMaxSize(BUNDLE_LIMITS.aliases, { message: `must have at most ${BUNDLE_LIMITS.aliases} items` }),
    Matches(NOT_BLANK, { each: true, message: 'each alias must be a non-empty string' }),
    MaxLength(BUNDLE_LIMITS.fieldChars, {
      each: true,
      message: 'each alias must be at most 2000 characters',
    }),
  ];
  return (target, key) => rules.forEach((rule) => rule(target, key));
};
