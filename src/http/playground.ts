import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { NextFunction, Request, Response } from 'express';
import type { ExampleOperation } from './example-operations';
import { PLAYGROUND_CSP } from './security-headers';

export interface PlaygroundPage {
  html: string;
  gzip: Buffer;
  etag: string;
}

const WELCOME = `# claimgraph — contested claims in the news, as a graph.
#
# The tabs above hold one example per seed question (who claimed 498 Russian
# soldiers killed, who disputed Russia's Kherson claim, Zelensky = Zelenskyy,
# contradicted figures, a timeline, the Kherson network, quotes in reports).
# Press the run button (or Ctrl-Enter) in any tab. Every answer carries its
# report and the verbatim quote. The Docs panel documents every field.
`;

/**
 * GraphiQL from @graphql-yoga/render-graphiql: one self-contained page (~9 MB: editor, workers, CSS and
 * fonts inline) that loads nothing from any other host — Apollo's landing pages all load from a CDN.
 * Rendered and gzipped once per process; the page never changes while the server runs.
 */
export function renderPlayground(operations: readonly ExampleOperation[]): PlaygroundPage {
  // The welcome text heads the first tab: GraphiQL ignores defaultQuery once there are default tabs.
  const tabs = operations.map((op, i) => ({
    query: i === 0 ? `${WELCOME}\n${op.query}` : op.query,
    variables: op.variables,
    headers: op.headers,
  }));
  const html = renderGraphiQL({
    endpoint: '/graphql',
    title: 'claimgraph — GraphiQL',
    defaultQuery: WELCOME,
    ...(tabs.length > 0 ? { defaultTabs: tabs } : {}),
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
    schemaDescription: true,
  });
  return {
    html,
    gzip: gzipSync(html),
    etag: `"${createHash('sha256').update(html).digest('hex').slice(0, 32)}"`,
  };
}

/** A browser navigating to /graphql: GET, no `query` parameter, asking for HTML. API clients fall through to Apollo. */
export function wantsPlayground(req: Request): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    req.query.query === undefined &&
    /\btext\/html\b/.test(req.get('accept') ?? '')
  );
}

export function playgroundHandler(page: () => PlaygroundPage) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!wantsPlayground(req)) return next();
    const p = page();
    res.set({
      'Content-Security-Policy': PLAYGROUND_CSP,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      ETag: p.etag,
      Vary: 'Accept, Accept-Encoding',
    });
    if (req.get('if-none-match') === p.etag) {
      res.status(304).end();
      return;
    }
    if (/\bgzip\b/.test(req.get('accept-encoding') ?? '')) {
      res.set('Content-Encoding', 'gzip');
      res.status(200).send(p.gzip);
      return;
    }
    res.status(200).send(p.html);
  };
}
