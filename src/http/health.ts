import { Router, type Request, type Response } from 'express';
import type { Logger } from '../graphql/logger';
import type { GraphStore } from '../store/graph-store.port';
import { requestIdOf } from './request-id';

/**
 * `GET /health`: 200 with the store's state and node/edge counts when it answers, 503 when it does not
 * (closed, locked, unreachable), so a load balancer or a newcomer sees at once what is wrong.
 */
export function healthRouter(store: GraphStore, logger: Logger): Router {
  const router = Router();
  router.get('/health', async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const health = await store.health();
      if (!health.ok) {
        res.status(503).json({ ok: false, store: health.store, detail: health.detail });
        return;
      }
      const counts = await store.counts();
      res.status(200).json({ ok: true, store: health.store, detail: health.detail, counts });
    } catch (err) {
      logger.error('health check failed', {
        requestId: requestIdOf(res),
        error: err instanceof Error ? err.message : String(err),
      });
      res.status(503).json({ ok: false, store: store.kind, detail: 'the store does not answer' });
    }
  });
  return router;
}
