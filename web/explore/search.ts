import { byId, clear, h } from './dom';
import { figureName, reportName, statusWord } from './format';
import { gql } from './graphql';
import { SEARCH } from './queries';
import type { NodeKind } from './types';

interface RawHit {
  __typename: string;
  id: string;
  name?: string;
  actorKind?: string;
  placeKind?: string;
  title?: string | null;
  publishedAt?: string | null;
  value?: number;
  metric?: string;
  subject?: string;
  status?: string;
  date?: string | null;
  place?: { name: string } | null;
  claimedBy?: { name: string } | null;
}

export interface SearchHit {
  id: string;
  kind: NodeKind;
  label: string;
  detail: string;
}

const KIND_OF: Record<string, NodeKind> = {
  Actor: 'Actor',
  Place: 'Place',
  Report: 'Report',
  Figure: 'Figure',
  ControlClaim: 'Control',
};

function describe(raw: RawHit): SearchHit | null {
  const kind = KIND_OF[raw.__typename];
  if (!kind) return null;
  switch (kind) {
    case 'Actor':
    case 'Place':
      return {
        id: raw.id,
        kind,
        label: raw.name ?? raw.id,
        detail: `${kind} · ${(raw.actorKind ?? raw.placeKind ?? '').toLowerCase().replace(/_/g, ' ')}`,
      };
    case 'Report':
      return {
        id: raw.id,
        kind,
        label: reportName({ id: raw.id, title: raw.title ?? null, publishedAt: raw.publishedAt ?? null }),
        detail: 'Report',
      };
    case 'Figure':
      return {
        id: raw.id,
        kind,
        label: figureName({ value: raw.value ?? 0, metric: raw.metric ?? '', subject: raw.subject ?? '' }),
        detail: 'Figure',
      };
    case 'Control':
      return {
        id: raw.id,
        kind,
        label:
          `${raw.claimedBy?.name ?? 'Someone'}: ${statusWord(raw.status ?? '')} ${raw.place?.name ?? ''}`.trim(),
        detail: `Control claim${raw.date ? ` · ${raw.date}` : ''}`,
      };
  }
}

/** The search box: names, aliases and quotes through `search`, results as a keyboard-friendly list. */
export class SearchBox {
  private readonly input = byId<HTMLInputElement>('search');
  private readonly list = byId<HTMLUListElement>('search-results');
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: number | undefined;
  private controller: AbortController | null = null;

  constructor(
    private readonly pick: (hit: SearchHit) => void,
    private readonly track: <T>(p: Promise<T>) => Promise<T>,
    private readonly report: (message: string) => void,
  ) {
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run(), 180);
    });
    this.input.addEventListener('keydown', (e) => this.key(e));
    byId<HTMLFormElement>('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const chosen = this.hits[Math.max(this.active, 0)];
      if (chosen) this.choose(chosen);
      else void this.run();
    });
    document.addEventListener('click', (e) => {
      if (!(e.target instanceof Node) || !byId('search-form').contains(e.target)) this.close();
    });
  }

  private async run(): Promise<void> {
    const text = this.input.value.trim();
    this.controller?.abort();
    if (text.length < 2) {
      this.close();
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    try {
      const data = await this.track(
        gql<{ search: RawHit[] }>(SEARCH, { text, first: 12 }, controller.signal),
      );
      if (controller.signal.aborted) return;
      this.hits = data.search.map(describe).filter((x): x is SearchHit => x !== null);
      this.active = this.hits.length ? 0 : -1;
      this.render(text);
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      this.report(`Search failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private render(text: string): void {
    clear(this.list);
    if (this.hits.length === 0)
      this.list.append(h('li', { class: 'empty', text: `Nothing found for “${text}”.` }));
    this.hits.forEach((hit, i) =>
      this.list.append(
        h(
          'li',
          {
            class: `hit${i === this.active ? ' active' : ''}`,
            attrs: { role: 'option', 'aria-selected': String(i === this.active) },
            dataset: { id: hit.id },
            on: { mousedown: (e) => e.preventDefault(), click: () => this.choose(hit) },
          },
          h('span', { class: `dot kind-${hit.kind}` }),
          h('span', { class: 'hit-label', text: hit.label }),
          h('span', { class: 'hit-detail', text: hit.detail }),
        ),
      ),
    );
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'Escape') return this.close();
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    if (!this.hits.length) return;
    e.preventDefault();
    this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + this.hits.length) % this.hits.length;
    this.render(this.input.value.trim());
  }

  private choose(hit: SearchHit): void {
    this.close();
    this.input.value = hit.label;
    this.pick(hit);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
