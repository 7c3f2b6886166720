/**
 * The real neo4j-driver, with no server: what the executor makes of a refused connection. This is the
 * one part of an outage that can be exercised here without Neo4j; fake-driver tests cover the rest.
 */
import { createServer } from 'node:net';
import { openNeo4jStore } from '../../src/adapters/neo4j';
import { Neo4jExecutor } from '../../src/adapters/neo4j/neo4j-executor';

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const settings = {
  driver: { maxTransactionRetryTime: 300, connectionTimeout: 1000, connectionAcquisitionTimeout: 1000 },
};

type Failure = Error & { code?: string; cause?: { code?: string } };

test('a refused connection answers SERVICE_UNAVAILABLE with no driver text, and health() says so', async () => {
  const uri = `bolt://127.0.0.1:${await closedPort()}`;
  const exec = new Neo4jExecutor(
    { uri, user: 'neo4j', password: 'hunter2-secret', database: 'neo4j' },
    settings,
  );
  try {
    const err: Failure = await exec.read('RETURN 1 AS ok').then(
      () => new Error('expected a failure') as Failure,
      (e: unknown) => e as Failure,
    );
    expect(err).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: 'the graph store is unavailable; try again shortly',
    });
    expect(err.cause?.code).toBe('ServiceUnavailable');
    const health = await exec.health();
    expect(health.ok).toBe(false);
    expect(health.detail).not.toMatch(/127\.0\.0\.1|hunter2/);
  } finally {
    await exec.close();
  }
});

test('openNeo4jStore fails cleanly (and closes its driver) when Neo4j cannot be reached', async () => {
  const uri = `bolt://127.0.0.1:${await closedPort()}`;
  await expect(
    openNeo4jStore({ uri, user: 'neo4j', password: 'x', database: 'neo4j' }, settings),
  ).rejects.toMatchObject({
    code: 'SERVICE_UNAVAILABLE',
  });
  await expect(openNeo4jStore(null)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
});
