import neo4j from 'neo4j-driver';
import { Neo4jExecutor, type Neo4jExecutorSettings } from '../../src/adapters/neo4j/neo4j-executor';
import { DomainError, StoreUnavailableError } from '../../src/domain/errors';
import { CypherGraphStore } from '../../src/store/cypher-graph-store';
import * as W from '../../src/store/cypher/writes';
import { FakeDriver, neo4jError, type Responder } from './fake-driver';

const OPTIONS = {
  uri: 'bolt://db.example:7687',
  user: 'neo4j',
  password: 'hunter2-secret',
  database: 'claims',
};

function setup(respond?: Responder, settings: Neo4jExecutorSettings = {}) {
  const driver = new FakeDriver(respond);
  const exec = new Neo4jExecutor(OPTIONS, { ...settings, driverFactory: driver.factory });
  return { driver, exec };
}

async function rejection(p: Promise<unknown>): Promise<DomainError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
}

describe('Neo4jExecutor: driver and sessions', () => {
  test('builds one driver from the options and hands the database to every session', async () => {
    const { driver, exec } = setup(() => [{ ok: 1 }]);
    await exec.read('RETURN 1 AS ok');
    await exec.write((tx) => tx.run('RETURN 1 AS ok'));
    expect(driver.factoryCalls).toEqual([{ uri: OPTIONS.uri, user: 'neo4j', password: 'hunter2-secret' }]);
    expect(driver.sessions.map((s) => [s.database, s.mode])).toEqual([
      ['claims', 'READ'],
      ['claims', 'WRITE'],
    ]);
  });

  test('every session shares one bookmark manager, so a read sees the writes before it on a cluster too', async () => {
    const { driver, exec } = setup();
    await exec.write((tx) => tx.run('RETURN 1 AS ok'));
    await exec.read('RETURN 1 AS ok');
    const managers = new Set(driver.sessions.map((s) => s.bookmarkManager));
    expect(managers.size).toBe(1);
    expect([...managers][0]).toBeTruthy();
  });

  test('closes the session after a successful read and after a failed one', async () => {
    const { driver, exec } = setup(() => [{ ok: 1 }]);
    await exec.read('RETURN 1 AS ok');
    driver.failures.push(neo4jError('Neo.ClientError.Statement.SyntaxError'));
    await rejection(exec.read('RETURN 1 AS ok'));
    expect(driver.sessions).toHaveLength(2);
    expect(driver.openSessions()).toHaveLength(0);
  });

  test('closes the session after a write whose work throws, and passes a domain error through', async () => {
    const { driver, exec } = setup();
    const err = await rejection(
      exec.write(async (tx) => {
        await tx.run('RETURN 1 AS ok');
        throw new StoreUnavailableError('mine');
      }),
    );
    expect(err.message).toBe('mine');
    expect(driver.committed).toHaveLength(0);
    expect(driver.openSessions()).toHaveLength(0);
  });

  test('a failing session.close() does not hide the result', async () => {
    const driver = new FakeDriver(() => [{ ok: 1 }]);
    const exec = new Neo4jExecutor(OPTIONS, { driverFactory: driver.factory });
    const origSession = driver.session.bind(driver);
    driver.session = (c) => {
      const s = origSession(c);
      s.closeError = new Error('socket gone');
      return s;
    };
    await expect(exec.read('RETURN 1 AS ok')).resolves.toEqual([{ ok: 1 }]);
  });

  test('close() closes the driver once; later calls are refused as unavailable', async () => {
    const { driver, exec } = setup();
    await Promise.all([exec.close(), exec.close()]);
    expect(driver.closed).toBe(true);
    expect((await rejection(exec.read('RETURN 1 AS ok'))).code).toBe('SERVICE_UNAVAILABLE');
    expect(await exec.health()).toEqual({ ok: false, detail: 'closed' });
  });

  test('close() refuses new work at once but lets work in flight finish before closing the driver', async () => {
    const { driver, exec } = setup(() => [{ ok: 1 }]);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const inFlight = exec.write(async (tx) => {
      await gate;
      return tx.run('RETURN 1 AS ok');
    });
    const closing = exec.close();
    await expect(exec.read('RETURN 1 AS ok')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(driver.closed).toBe(false);
    release();
    await expect(inFlight).resolves.toEqual([{ ok: 1 }]);
    await closing;
    expect(driver.closed).toBe(true);
    expect(driver.committed).toHaveLength(1);
  });

  test('counts every statement sent as a round trip', async () => {
    const { exec } = setup();
    await exec.read('RETURN 1 AS ok');
    await exec.write(async (tx) => {
      await tx.run('RETURN 1 AS ok');
      await tx.mergeNodes('Alias', [{ id: 'a|1', targetId: 'actor:a' }]);
    });
    expect(exec.roundTrips).toBe(3);
  });

  test('a URI the driver refuses becomes SERVICE_UNAVAILABLE without echoing the URI', () => {
    const secretUri = 'http://user:pw@db.example';
    try {
      new Neo4jExecutor(
        { ...OPTIONS, uri: secretUri },
        {
          driverFactory: () => {
            throw new Error(`Unknown scheme: ${secretUri}`);
          },
        },
      );
      throw new Error('expected a failure');
    } catch (e) {
      expect((e as DomainError).code).toBe('SERVICE_UNAVAILABLE');
      expect((e as Error).message).not.toContain('pw');
    }
  });

  test('the real driver factory refuses a non-Bolt URI the same way', () => {
    expect(() => new Neo4jExecutor({ ...OPTIONS, uri: 'http://db.example:7474' })).toThrow(
      /NEO4J_URI is not a valid/,
    );
  });
});

describe('Neo4jExecutor: values at the boundary', () => {
  test('Integer -> number, temporals -> ISO strings, lists and maps recursively', async () => {
    const { exec } = setup(() => [
      {
        n: neo4j.int(42),
        neg: neo4j.int(-7),
        f: 1.5,
        s: 'x',
        nil: null,
        date: new neo4j.types.Date(2022, 3, 2),
        dt: new neo4j.types.DateTime(2022, 3, 2, 10, 15, 30, 0, 0),
        ldt: new neo4j.types.LocalDateTime(2022, 3, 2, 10, 15, 30, 0),
        dur: new neo4j.types.Duration(0, 1, 30, 0),
        list: [neo4j.int(1), [neo4j.int(2)], 'y'],
        map: { a: neo4j.int(3), b: { c: new neo4j.types.Date(2020, 1, 1) } },
      },
    ]);
    expect(await exec.read('RETURN 1 AS n')).toEqual([
      {
        n: 42,
        neg: -7,
        f: 1.5,
        s: 'x',
        nil: null,
        date: '2022-03-02',
        dt: '2022-03-02T10:15:30Z',
        ldt: '2022-03-02T10:15:30',
        dur: 'P1DT30S',
        list: [1, [2], 'y'],
        map: { a: 3, b: { c: '2020-01-01' } },
      },
    ]);
  });

  test('an integer outside the safe range is an error, not a rounded number', async () => {
    const { exec } = setup(() => [{ n: neo4j.int('9007199254740993') }]);
    const err = await rejection(exec.read('RETURN 1 AS n'));
    expect(err.code).toBe('INTERNAL');
    expect(err.message).toMatch(/safe range/);
  });

  test('a node is never returned', async () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Actor'], { id: 'actor:a' }, 'element-1');
    const { exec } = setup(() => [{ n: node }]);
    expect((await rejection(exec.read('MATCH (n) RETURN n'))).code).toBe('INTERNAL');
  });

  test('parameters: a Date becomes its ISO string and undefined becomes null, at any depth', async () => {
    const { driver, exec } = setup();
    await exec.read('RETURN $a AS a, $b AS b, $c AS c', {
      a: new Date('2022-03-02T10:00:00Z'),
      b: undefined,
      c: [{ d: new Date('2022-03-03T00:00:00Z') }],
    });
    expect(driver.sent[0]!.params).toEqual({
      a: '2022-03-02T10:00:00.000Z',
      b: null,
      c: [{ d: '2022-03-03T00:00:00.000Z' }],
    });
  });
});

describe('Neo4jExecutor: error translation', () => {
  const cases: [string, string, RegExp][] = [
    ['ServiceUnavailable', 'SERVICE_UNAVAILABLE', /unavailable/],
    ['SessionExpired', 'SERVICE_UNAVAILABLE', /unavailable/],
    ['Neo.TransientError.General.DatabaseUnavailable', 'SERVICE_UNAVAILABLE', /unavailable/],
    ['Neo.ClientError.Security.Unauthorized', 'SERVICE_UNAVAILABLE', /NEO4J_USER and NEO4J_PASSWORD/],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'SERVICE_UNAVAILABLE', /credentials/],
    ['Neo.ClientError.Security.Forbidden', 'SERVICE_UNAVAILABLE', /privilege/],
    ['Neo.ClientError.Database.DatabaseNotFound', 'SERVICE_UNAVAILABLE', /NEO4J_DATABASE/],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'SERVICE_UNAVAILABLE', /too long/],
    ['Neo.ClientError.Statement.SyntaxError', 'INTERNAL', /rejected a statement/],
    ['Neo.ClientError.Statement.SemanticError', 'INTERNAL', /rejected a statement/],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'INTERNAL', /failed to run/],
  ];
  test.each(cases)('%s -> %s, with no driver text in the message', async (code, expected, message) => {
    const { driver, exec } = setup();
    const original = neo4jError(
      code,
      `boom for user neo4j password hunter2-secret near 'MATCH (n) RETURN n'`,
    );
    driver.failures.push(original, original, original);
    const err = await rejection(exec.read('MATCH (n) RETURN n.id AS id'));
    expect(err.code).toBe(expected);
    expect(err.message).toMatch(message);
    expect(err.message).not.toMatch(/boom|hunter2|MATCH/);
    expect((err as Error & { cause?: unknown }).cause).toBe(original);
  });

  test('a socket error that reaches us unwrapped is unavailability', async () => {
    const { driver, exec } = setup();
    driver.failures.push(
      Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:7687'), { code: 'ECONNREFUSED' }),
    );
    const err = await rejection(exec.read('RETURN 1 AS ok'));
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect(err.message).not.toContain('10.0.0.1');
  });

  test('a programming error (TypeError) is INTERNAL', async () => {
    const { exec } = setup(() => {
      throw new TypeError('x is not a function');
    });
    expect((await rejection(exec.read('RETURN 1 AS ok'))).code).toBe('INTERNAL');
  });
});

describe('Neo4jExecutor: batched writes', () => {
  test('mergeNodes sends the shared UNWIND text in chunks, rows normalised to every column', async () => {
    const { driver, exec } = setup(undefined, { chunkSize: 1000 });
    const rows = Array.from({ length: 2500 }, (_, i) => ({ id: `alias|${i}`, targetId: `actor:${i}` }));
    await exec.write((tx) => tx.mergeNodes('Alias', rows));
    expect(driver.sent.map((s) => s.text)).toEqual(Array(3).fill(W.mergeNodesUnwind('Alias')));
    expect(driver.sent.map((s) => (s.params.rows as unknown[]).length)).toEqual([1000, 1000, 500]);
    expect((driver.sent[2]!.params.rows as unknown[])[499]).toEqual({
      id: 'alias|2499',
      targetId: 'actor:2499',
    });
    expect(driver.sessions).toHaveLength(1);
  });

  test('missing columns become explicit nulls; an unknown column or a wrong type is refused before sending', async () => {
    const { driver, exec } = setup();
    await exec.write((tx) =>
      tx.mergeNodes('Actor', [{ id: 'actor:a', name: 'A', aliases: ['Ay'], kind: 'PERSON' }]),
    );
    expect((driver.sent[0]!.params.rows as unknown[])[0]).toEqual({
      id: 'actor:a',
      name: 'A',
      aliases: ['Ay'],
      aliasText: null,
      kind: 'PERSON',
      role: null,
      affiliationId: null,
    });
    await expect(exec.write((tx) => tx.mergeNodes('Actor', [{ id: 'actor:b', nmae: 'B' }]))).rejects.toThrow(
      /unknown column nmae/,
    );
    await expect(
      exec.write((tx) => tx.mergeNodes('Figure', [{ id: 'figure:x', value: '12' }])),
    ).rejects.toThrow(/value must be a finite number/);
    expect(driver.sent).toHaveLength(1);
  });

  test('mergeEdges sends the UNWIND text of the type and pair; an undeclared pair is refused', async () => {
    const { driver, exec } = setup(undefined, { chunkSize: 2 });
    const rows = [1, 2, 3].map((i) => ({
      id: `claims:${i}`,
      from: 'actor:a',
      to: `figure:${i}`,
      reportId: 'report:r',
      quote: 'q',
    }));
    await exec.write((tx) => tx.mergeEdges('CLAIMS', 'Actor', 'Figure', rows));
    expect(driver.sent.map((s) => s.text)).toEqual(
      Array(2).fill(W.mergeEdgesUnwind('CLAIMS', 'Actor', 'Figure')),
    );
    expect(driver.sent[1]!.params.rows).toEqual([
      {
        from: 'actor:a',
        to: 'figure:3',
        id: 'claims:3',
        reportId: 'report:r',
        quote: 'q',
        date: null,
        viaId: null,
        qualifier: null,
      },
    ]);
    await expect(exec.write((tx) => tx.mergeEdges('CLAIMS', 'Place', 'Figure', rows))).rejects.toThrow(
      /does not connect Place to Figure/,
    );
  });

  test('the whole work runs in one managed transaction: a failure commits nothing', async () => {
    const { driver, exec } = setup();
    driver.maxAttempts = 1;
    const work = exec.write(async (tx) => {
      await tx.mergeNodes('Alias', [{ id: 'a|1', targetId: 'actor:a' }]);
      await tx.run('RETURN 1 AS ok');
      driver.failures.push(neo4jError('Neo.ClientError.Statement.SemanticError'));
      await tx.run('RETURN 2 AS ok');
    });
    expect((await rejection(work)).code).toBe('INTERNAL');
    expect(driver.sent).toHaveLength(3);
    expect(driver.committed).toHaveLength(0);
    expect(driver.sessions).toHaveLength(1);
  });

  test('writes are serialised: the second starts after the first has finished', async () => {
    const { exec } = setup();
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = exec.write(async () => {
      order.push('first:start');
      await gate;
      order.push('first:end');
    });
    const second = exec.write(async () => {
      order.push('second');
    });
    await new Promise((r) => setImmediate(r));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first:start', 'first:end', 'second']);
  });
});

describe('Neo4jExecutor: retry safety', () => {
  test('executeWrite may run the work again; each attempt gets a fresh WriteTx and only the last commits', async () => {
    const { driver, exec } = setup(() => [{ ok: 1 }]);
    const txs: unknown[] = [];
    const out = await exec.write(async (tx) => {
      txs.push(tx);
      await tx.mergeNodes('Alias', [{ id: 'a|1', targetId: 'actor:a' }]);
      if (txs.length === 1)
        driver.failures.push(neo4jError('Neo.TransientError.Transaction.DeadlockDetected'));
      return tx.run('RETURN 1 AS ok');
    });
    expect(out).toEqual([{ ok: 1 }]);
    expect(txs).toHaveLength(2);
    expect(txs[0]).not.toBe(txs[1]);
    expect(driver.sent.map((s) => s.attempt)).toEqual([1, 1, 2, 2]);
    expect(driver.committed.map((s) => s.attempt)).toEqual([2, 2]);
    expect(driver.openSessions()).toHaveLength(0);
  });

  test('a whole bundle ingested through a retried transaction commits the same statements as an unretried one', async () => {
    const { sampleBundle } = await import('../helpers/sample-bundle');
    const plain = setup();
    await new CypherGraphStore(plain.exec, 'neo4j').ingestBundle(sampleBundle());

    const retried = setup();
    let failed = false;
    retried.driver.respond = (text) => {
      if (!failed && text.startsWith('UNWIND $rows AS r MATCH')) {
        failed = true;
        throw neo4jError('Neo.TransientError.Transaction.DeadlockDetected');
      }
      return [];
    };
    await new CypherGraphStore(retried.exec, 'neo4j').ingestBundle(sampleBundle());
    expect(failed).toBe(true);
    expect(retried.driver.sent.length).toBeGreaterThan(retried.driver.committed.length);
    const strip = (s: { text: string; params: unknown }) => ({ text: s.text, params: s.params });
    expect(retried.driver.committed.map(strip)).toEqual(plain.driver.committed.map(strip));
  });
});

describe('Neo4jExecutor: outage and recovery', () => {
  test('reads answer SERVICE_UNAVAILABLE while Neo4j is down and succeed again when it is back', async () => {
    const { driver, exec } = setup(() => [
      {
        id: 'actor:a',
        name: 'A',
        aliases: [],
        aliasText: null,
        kind: 'PERSON',
        role: null,
        affiliationId: null,
      },
    ]);
    const store = new CypherGraphStore(exec, 'neo4j');
    expect((await store.getActors(['actor:a'])).get('actor:a')?.name).toBe('A');

    driver.down = neo4jError(
      'ServiceUnavailable',
      'Could not perform discovery. No routing servers available. bolt://db.example:7687',
    );
    for (let i = 0; i < 3; i++) {
      const err = await rejection(store.getActors(['actor:a']));
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect(err.code).toBe('SERVICE_UNAVAILABLE');
      expect(err.message).not.toMatch(/bolt|routing/);
    }
    const health = await store.health();
    expect(health.ok).toBe(false);
    expect(health.detail).not.toMatch(/bolt|routing/);
    await expect(
      store.ingestBundle((await import('../helpers/sample-bundle')).sampleBundle()),
    ).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });

    driver.down = null;
    expect((await store.getActors(['actor:a'])).get('actor:a')?.name).toBe('A');
    expect(await store.health()).toEqual({
      ok: true,
      store: 'neo4j',
      detail: 'Neo4j/5.26.0 at fake:7687, database claims',
    });
    expect(driver.openSessions()).toHaveLength(0);
  });

  test('health() gives up after its timeout when the server does not answer', async () => {
    const { driver, exec } = setup(undefined, { healthTimeoutMs: 20 });
    driver.getServerInfo = () => new Promise(() => undefined);
    expect(await exec.health()).toEqual({ ok: false, detail: 'the graph store did not answer in time' });
  });
});

describe('Neo4jExecutor: schema', () => {
  test('ensureSchema runs every schema statement, then waits for the indexes; running it twice sends the same', async () => {
    const { neo4jSchemaStatements, AWAIT_INDEXES } = await import('../../src/adapters/neo4j/neo4j-schema');
    const { driver, exec } = setup();
    await exec.ensureSchema();
    await exec.ensureSchema();
    const once = [...neo4jSchemaStatements().map((s) => s.text), AWAIT_INDEXES];
    expect(driver.committed.map((s) => s.text)).toEqual([...once, ...once]);
    expect(driver.openSessions()).toHaveLength(0);
  });
});
