import type { NodeLabel } from '../domain/enums';
import { labelOfId } from '../domain/ids';
import { BadUserInputError } from './errors';

const MAX_ID_LENGTH = 500;
const EXAMPLES: Record<NodeLabel, string> = {
  Actor: 'actor:volodymyr-zelensky',
  Place: 'place:kherson',
  Report: 'report:69714e281bfa',
  Figure: 'figure:killed:russian-soldiers:498:2022-03-02',
  Control: 'control:kherson-742b0b616326',
};

const article = (word: string): string => (/^[AEIOU]/.test(word) ? 'an' : 'a');

/**
 * Checks an id argument before it reaches the store: a malformed id is the client's mistake
 * (BAD_USER_INPUT, naming the argument), a well-formed unknown id is simply absent (null).
 */
export function parseId(id: string, argument: string, expected?: NodeLabel): string {
  const label = id.length <= MAX_ID_LENGTH ? labelOfId(id) : null;
  if (label === null || id.length <= id.indexOf(':') + 1)
    throw BadUserInputError.at(
      argument,
      `"${id.slice(0, 80)}" is not a claimgraph id (e.g. ${EXAMPLES.Actor}, ${EXAMPLES.Place})`,
    );
  if (expected && label !== expected)
    throw BadUserInputError.at(
      argument,
      `"${id}" is a ${label} id; expected ${article(expected)} ${expected} id such as ${EXAMPLES[expected]}`,
    );
  return id;
}

/** Cursors are base64 of the node id; the plain id is accepted too, which keeps URLs and tests readable. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64');
}

export function decodeCursor(cursor: string, argument = 'after'): string {
  if (labelOfId(cursor) !== null) return parseId(cursor, argument);
  const decoded = Buffer.from(cursor, 'base64').toString('utf8');
  if (cursor.length === 0 || labelOfId(decoded) === null)
    throw BadUserInputError.at(
      argument,
      'is not a cursor of this API (use pageInfo.endCursor or an edge cursor)',
    );
  return parseId(decoded, argument);
}
