import neo4j from 'neo4j-driver';
import type {
  Neo4jDriverFactory,
  Neo4jDriverLike,
  Neo4jRecordLike,
  Neo4jSessionConfig,
  Neo4jSessionLike,
  Neo4jTxLike,
} from '../../src/adapters/neo4j/neo4j-driver-port';

export interface Sent {
  text: string;
  params: Record<string, unknown>;
  mode: 'READ' | 'WRITE';
  /** Which attempt of a managed transaction sent it (executeWrite/executeRead retry the work). */
  attempt: number;
}

/** Answers one statement: rows of driver values, or throws to simulate a server error. */
export type Responder = (
  text: string,
  params: Record<string, unknown>,
  mode: 'READ' | 'WRITE',
) => Record<string, unknown>[];

/** A Neo4jError as the driver raises it (code, and whether the driver would retry it). */
export function neo4jError(code: string, message = `server said: ${code}`): Error {
  return new neo4j.Neo4jError(message, code, '50N42', 'general processing exception');
}

/**
 * A stand-in for neo4j-driver's Driver with the behaviour the executor relies on: sessions that must
 * be closed, managed transactions that commit only when the work resolves and that run the work again
 * after a retriable error (like the real driver, up to a few attempts), and a server that can go down.
 */
export class FakeDriver implements Neo4jDriverLike {
  sessions: FakeSession[] = [];
  /** Every statement sent, including those of rolled-back attempts. */
  sent: Sent[] = [];
  /** Statements of committed transactions only. */
  committed: Sent[] = [];
  closed = false;
  /** While set, opening a transaction fails as the driver does when no server answers. */
  down: Error | null = null;
  /** Errors thrown by the next statements, one per statement (then statements succeed again). */
  failures: Error[] = [];
  maxAttempts = 3;
  factoryCalls: { uri: string; user: string; password: string }[] = [];

  constructor(public respond: Responder = () => []) {}

  readonly factory: Neo4jDriverFactory = (uri, user, password) => {
    this.factoryCalls.push({ uri, user, password });
    return this;
  };

  session(config: Neo4jSessionConfig): FakeSession {
    const s = new FakeSession(this, config.database, config.defaultAccessMode, config.bookmarkManager);
    this.sessions.push(s);
    return s;
  }

  async getServerInfo(): Promise<{ address?: string; agent?: string }> {
    if (this.down) throw this.down;
    return { address: 'fake:7687', agent: 'Neo4j/5.26.0' };
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  openSessions(): FakeSession[] {
    return this.sessions.filter((s) => !s.closed);
  }
}

export class FakeSession implements Neo4jSessionLike {
  closed = false;
  closeError: Error | null = null;
  constructor(
    private readonly driver: FakeDriver,
    readonly database: string,
    readonly mode: 'READ' | 'WRITE',
    readonly bookmarkManager: unknown,
  ) {}

  executeRead<T>(work: (tx: Neo4jTxLike) => Promise<T>): Promise<T> {
    return this.execute('READ', work);
  }
  executeWrite<T>(work: (tx: Neo4jTxLike) => Promise<T>): Promise<T> {
    return this.execute('WRITE', work);
  }

  private async execute<T>(mode: 'READ' | 'WRITE', work: (tx: Neo4jTxLike) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('session used after close');
    for (let attempt = 1; ; attempt++) {
      const pending: Sent[] = [];
      try {
        if (this.driver.down) throw this.driver.down;
        const tx: Neo4jTxLike = {
          run: async (text, params = {}) => {
            const sent = { text, params, mode, attempt };
            this.driver.sent.push(sent);
            pending.push(sent);
            const failure = this.driver.failures.shift();
            if (failure) throw failure;
            return { records: this.driver.respond(text, params, mode).map(record) };
          },
        };
        const out = await work(tx);
        this.driver.committed.push(...pending);
        return out;
      } catch (err) {
        if (attempt < this.driver.maxAttempts && neo4j.Neo4jError.isRetriable(err)) continue;
        throw err;
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.closeError) throw this.closeError;
  }
}

const record = (o: Record<string, unknown>): Neo4jRecordLike => ({ toObject: () => ({ ...o }) });
