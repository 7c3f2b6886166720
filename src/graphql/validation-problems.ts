import type { ValidationError } from 'class-validator';
import type { Problem } from '../domain/errors';

/**
 * Flattens class-validator's error tree into `{ path, reason }` problems with the same path syntax as
 * domain `checkBundle` (`figures[2].quote`), so a client sees one format whichever layer objected.
 */
export function problemsFromValidation(errors: readonly ValidationError[], parent = ''): Problem[] {
  const out: Problem[] = [];
  for (const e of errors) {
    const path = /^\d+$/.test(e.property)
      ? `${parent}[${e.property}]`
      : parent
        ? `${parent}.${e.property}`
        : e.property;
    for (const reason of Object.values(e.constraints ?? {})) out.push({ path, reason });
    if (e.children && e.children.length > 0) out.push(...problemsFromValidation(e.children, path));
  }
  return out;
}

const COERCION = /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([^;]+)$/;
const MISSING_FIELD = /^Field "(\w+)" of required type "[^"]+" was not provided\.?$/;

/**
 * graphql-js reports a variable that does not fit its input type as one message
 * (`Variable "$input" got invalid value … at "input.actors[0].kind"; Value "ROBOT" does not exist…`).
 * Turn it into a problem with a field path relative to the variable, like every other BAD_USER_INPUT.
 */
export function problemFromCoercionMessage(message: string): Problem | null {
  const m = COERCION.exec(message);
  if (!m) return null;
  const variable = m[1]!;
  const reason = m[3]!.trim();
  let path =
    m[2] === undefined
      ? ''
      : m[2].startsWith(`${variable}.`)
        ? m[2].slice(variable.length + 1)
        : m[2] === variable
          ? ''
          : m[2];
  const missing = MISSING_FIELD.exec(reason);
  if (missing) path = path ? `${path}.${missing[1]!}` : missing[1]!;
  return { path: path || variable, reason };
}
