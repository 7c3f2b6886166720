/**
 * The columns of a figure claim (rows.ts `toClaim` reads them), from either edge that carries one:
 * an actor's CLAIMS edge or a report's REPORTS edge, hence the variable and expression parameters.
 */
export const CLAIM_COLUMNS = (e: string, f: string, r: string, actor: string): string =>
  `${e}.id AS id, ${f}.id AS figureId, ${actor} AS actorId, ${r} AS reportId, ${e}.viaId AS viaId, ` +
  `${e}.qualifier AS qualifier, ${e}.quote AS quote, ${e}.date AS date`;
