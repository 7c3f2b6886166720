// Generated from src/store/schema.ts by src/adapters/neo4j/neo4j-schema.ts. Do not edit by hand:
// UPDATE_NEO4J_SCHEMA=1 npx jest test/neo4j/neo4j-schema.test.ts rewrites this file.
// Idempotent (IF NOT EXISTS); the server runs the same statements at start-up.
// Apply by hand: cypher-shell -a bolt://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f schema/neo4j/schema.cypher
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT control_id IF NOT EXISTS FOR (n:Control) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alias_id IF NOT EXISTS FOR (n:Alias) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT block_id IF NOT EXISTS FOR (n:Block) REQUIRE n.id IS UNIQUE;
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX place_kind IF NOT EXISTS FOR (n:Place) ON (n.kind);
CREATE INDEX report_publishedAt IF NOT EXISTS FOR (n:Report) ON (n.publishedAt);
CREATE INDEX figure_metric IF NOT EXISTS FOR (n:Figure) ON (n.metric);
CREATE INDEX figure_subjectKey IF NOT EXISTS FOR (n:Figure) ON (n.subjectKey);
CREATE INDEX figure_asOf IF NOT EXISTS FOR (n:Figure) ON (n.asOf);
CREATE INDEX control_reportId IF NOT EXISTS FOR (n:Control) ON (n.reportId);
CREATE INDEX control_placeId IF NOT EXISTS FOR (n:Control) ON (n.placeId);
CREATE FULLTEXT INDEX actor_fts IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
CREATE FULLTEXT INDEX place_fts IF NOT EXISTS FOR (n:Place) ON EACH [n.name, n.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
CREATE FULLTEXT INDEX report_fts IF NOT EXISTS FOR (n:Report) ON EACH [n.title] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
CREATE FULLTEXT INDEX figure_fts IF NOT EXISTS FOR (n:Figure) ON EACH [n.subject, n.quoteText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
CREATE FULLTEXT INDEX control_fts IF NOT EXISTS FOR (n:Control) ON EACH [n.quote] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
CREATE INDEX claims_reportId IF NOT EXISTS FOR ()-[e:CLAIMS]-() ON (e.reportId);
CREATE INDEX disputes_reportId IF NOT EXISTS FOR ()-[e:DISPUTES]-() ON (e.reportId);
CREATE INDEX controls_reportId IF NOT EXISTS FOR ()-[e:CONTROLS]-() ON (e.reportId);
CREATE INDEX controller_reportId IF NOT EXISTS FOR ()-[e:CONTROLLER]-() ON (e.reportId);
CREATE INDEX reports_reportId IF NOT EXISTS FOR ()-[e:REPORTS]-() ON (e.reportId);
CREATE INDEX mentions_reportId IF NOT EXISTS FOR ()-[e:MENTIONS]-() ON (e.reportId);
CREATE INDEX published_by_reportId IF NOT EXISTS FOR ()-[e:PUBLISHED_BY]-() ON (e.reportId);
CREATE INDEX affiliated_with_reportId IF NOT EXISTS FOR ()-[e:AFFILIATED_WITH]-() ON (e.reportId);
CREATE INDEX contradicts_reportId IF NOT EXISTS FOR ()-[e:CONTRADICTS]-() ON (e.reportId);
CREATE INDEX similar_to_reportId IF NOT EXISTS FOR ()-[e:SIMILAR_TO]-() ON (e.reportId);
