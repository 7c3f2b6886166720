import type { Core } from 'cytoscape';

/** What web/explore/main.ts exposes on window for browser tests and the benchmark. */
declare global {
  interface Window {
    __cy?: Core;
    __explore?: {
      expand(id: string): Promise<void>;
      focus(id: string): Promise<void>;
      idle(): Promise<void>;
      ready: Promise<void>;
    };
  }
}

export {};
