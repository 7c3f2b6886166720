/**
 * Every operation the page sends. Field names follow shared/spec/API.md; fragments keep the reference
 * shapes (actor, report, figure) identical everywhere the side panel renders them.
 */
const REF = 'id name';
const REPORT = 'id title publishedAt';
const FIGURE = 'id value metric subject';
const DISPUTE = `actor { ${REF} } quote date report { ${REPORT} }`;
const CONTROL = `id status quote date place { ${REF} } controller { ${REF} } claimedBy { ${REF} } report { ${REPORT} } disputedBy { ${DISPUTE} }`;

export const NETWORK = `query Network($ids: [ID!]!, $depth: Int, $limit: Int) {
  network(ids: $ids, depth: $depth, limit: $limit) { nodes { id label kind } edges { id source target type reportId quote date } truncated }
}`;

export const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    __typename id
    ... on Actor { name actorKind: kind }
    ... on Place { name placeKind: kind }
    ... on Report { title publishedAt }
    ... on Figure { value metric subject }
    ... on ControlClaim { status date place { name } claimedBy { name } }
  }
}`;

export const ACTOR = `query Actor($id: ID!) {
  actor(id: $id) {
    id name aliases kind affiliation { ${REF} }
    claims { quote date figure { ${FIGURE} } report { ${REPORT} } via { ${REF} } }
    disputes { quote date report { ${REPORT} } figure { ${FIGURE} } controlClaim { id status place { ${REF} } claimedBy { ${REF} } controller { ${REF} } } }
    controlClaims { ${CONTROL} }
  }
}`;

export const PLACE = `query Place($id: ID!) {
  place(id: $id) { id name aliases kind country controlClaims { ${CONTROL} } reports { ${REPORT} } }
}`;

export const FIGURE_DETAILS = `query Figure($id: ID!) {
  figure(id: $id) {
    id value low high qualifier metric subject asOf
    claimedBy { actor { ${REF} } via { ${REF} } quote date report { ${REPORT} } }
    disputedBy { ${DISPUTE} }
    contradictedBy { id value qualifier metric subject asOf claimedBy { actor { ${REF} } } }
  }
}`;

export const CONTROL_DETAILS = `query Control($id: ID!) {
  node(id: $id) { id ... on ControlClaim { ${CONTROL} } }
}`;

export const REPORT_DETAILS = `query Report($id: ID!) {
  report(id: $id) { id title url publishedAt publisher { ${REF} } text }
}`;

/** Titles of several reports in one round trip (aliases r0, r1, …), to label untitled report nodes. */
export function reportTitles(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$id${i}: ID!`).join(', ');
  const fields = Array.from(
    { length: count },
    (_, i) => `r${i}: report(id: $id${i}) { id title publishedAt }`,
  );
  return `query ReportTitles(${vars}) { ${fields.join(' ')} }`;
}
