import { Explorer } from './explorer';

/** The entity a newcomer sees first: the most contested place in the seed reports. */
const DEFAULT_FOCUS = 'place:kherson';

declare global {
  interface Window {
    /** For browser tests and the benchmark. */
    __cy?: unknown;
    __explore?: {
      expand(id: string): Promise<void>;
      focus(id: string): Promise<void>;
      idle(): Promise<void>;
      ready: Promise<void>;
    };
  }
}

function start(): void {
  const explorer = new Explorer();
  // `?focus=<id>` opens on another entity; `?focus=` (empty) opens on an empty canvas.
  const param = new URLSearchParams(window.location.search).get('focus');
  const focus = param === null ? DEFAULT_FOCUS : param.trim();
  const ready = (async () => {
    if (!focus) {
      explorer.select(null);
      explorer.status('Search for an actor, place or figure to start.');
      return;
    }
    await explorer.expand(focus);
    performance.mark('explore:first-render');
    if (explorer.view.has(focus)) explorer.select(focus);
    else {
      explorer.select(null);
      explorer.status(`Nothing is drawn for ${focus}: search for an actor, place or figure to start.`);
    }
    await explorer.busy.idle();
    performance.mark('explore:ready');
  })();
  window.__cy = explorer.view.cy;
  window.__explore = {
    expand: (id) => explorer.expand(id),
    focus: (id) => explorer.focus(id),
    idle: () => explorer.busy.idle(),
    ready,
  };
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
