/* <policy-search>: the embeddable search box. One classic script, no dependencies.
   Attributes: api (base URL; default: where this script came from), region, page-size, placeholder, query.
   Theme with CSS custom properties --policy-search-* (see the README). */
(() => {
  'use strict';
  // Only a classic script knows its own URL, and only while it first runs.
  const scriptOrigin = document.currentScript ? new URL(document.currentScript.src, location.href).origin : location.origin;
  if (customElements.get('policy-search')) return;

  const css = `
:host { display: block; }
:host([hidden]) { display: none; }
.root {
  all: initial; display: block; box-sizing: border-box;
  font-family: var(--policy-search-font, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif);
  font-size: var(--policy-search-font-size, 16px); line-height: 1.5;
  color: var(--policy-search-text, #1d2430); background: var(--policy-search-background, #fff);
  border: 1px solid var(--policy-search-border, #d5dbe3); border-radius: var(--policy-search-radius, 10px);
  padding: .75em;
}
* { box-sizing: border-box; }
.hidden-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
form { display: flex; gap: .5em; margin: 0; }
input {
  flex: 1; min-width: 0; font: inherit; color: inherit; background: var(--policy-search-background, #fff);
  padding: .5em .7em; border: 2px solid var(--policy-search-border, #d5dbe3); border-radius: var(--policy-search-radius, 10px);
}
input:focus { border-color: var(--policy-search-accent, #0b5cad); }
button {
  font: inherit; padding: .5em 1em; cursor: pointer; border-radius: var(--policy-search-radius, 10px);
  border: 2px solid var(--policy-search-accent, #0b5cad); background: var(--policy-search-accent, #0b5cad); color: var(--policy-search-accent-text, #fff);
}
:focus-visible { outline: 3px solid var(--policy-search-focus, #f2a900); outline-offset: 2px; }
.status { margin: .5em 0 0; min-height: 1.5em; font-size: .875em; color: var(--policy-search-muted, #5a6473); }
.status:empty { display: none; }
ol { list-style: none; margin: .5em 0 0; padding: 0; }
li + li { border-top: 1px solid var(--policy-search-border, #d5dbe3); }
a { color: var(--policy-search-accent, #0b5cad); }
.hit { display: block; padding: .6em .25em; text-decoration: none; color: inherit; border-radius: 6px; }
.hit:hover .title, .hit:focus .title { text-decoration: underline; }
.title { display: block; font-weight: 600; color: var(--policy-search-accent, #0b5cad); }
.meta { display: block; font-size: .8125em; color: var(--policy-search-muted, #5a6473); }
.snippet { display: block; margin-top: .2em; }
mark { background: var(--policy-search-mark, #ffe58a); color: inherit; padding: 0 .1em; border-radius: 2px; }
.more { display: inline-block; margin-top: .5em; font-size: .875em; }
.more[hidden] { display: none; }`;

  let sheet = null;
  function adoptStyles(root) {
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      }
      root.adoptedStyleSheets = [sheet];
    } else {
      const style = document.createElement('style');
      style.textContent = css;
      root.append(style);
    }
  }

  function el(tag, props, ...children) {
    const element = Object.assign(document.createElement(tag), props);
    element.append(...children);
    return element;
  }

  // The API's snippet is escaped text where only <mark> is markup: rebuild it as nodes, never as HTML.
  const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  function snippetNodes(html) {
    let marked = false;
    const nodes = [];
    for (const part of html.split(/(<\/?mark>)/)) {
      if (part === '<mark>' || part === '</mark>') marked = part === '<mark>';
      else if (part) {
        const text = part.replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]);
        nodes.push(marked ? el('mark', {}, text) : text);
      }
    }
    return nodes;
  }

  class PolicySearch extends HTMLElement {
    static get observedAttributes() { return ['api', 'region', 'page-size', 'placeholder', 'query']; }

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      adoptStyles(root);
      this.input = el('input', { type: 'search', id: 'q', autocomplete: 'off', spellcheck: false });
      this.input.setAttribute('part', 'input');
      this.status = el('p', { className: 'status' });
      this.status.setAttribute('role', 'status');
      this.status.setAttribute('aria-live', 'polite');
      this.list = el('ol', {});
      this.list.setAttribute('part', 'hits');
      this.more = el('a', { className: 'more', hidden: true });
      this.form = el('form', {}, el('label', { htmlFor: 'q', className: 'hidden-label' }, 'Sök i policydokument'), this.input, el('button', { type: 'submit' }, 'Sök'));
      this.form.setAttribute('role', 'search');
      const box = el('div', { className: 'root', lang: 'sv' }, this.form, this.status, this.list, this.more);
      box.setAttribute('part', 'root');
      root.append(box);
      this.timer = 0;
      this.request = null;
      this.input.addEventListener('input', () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.search(), 250);
      });
      this.form.addEventListener('submit', (event) => {
        event.preventDefault();
        clearTimeout(this.timer);
        this.search();
      });
      root.addEventListener('keydown', (event) => this.onKey(event));
    }

    connectedCallback() {
      this.input.placeholder = this.getAttribute('placeholder') || 'Sök i regionernas dokument …';
      const initial = this.getAttribute('query');
      if (initial && !this.input.value) {
        this.input.value = initial;
        this.search();
      }
    }

    attributeChangedCallback(name, before, after) {
      if (!this.isConnected || before === after) return;
      if (name === 'placeholder') this.input.placeholder = after || '';
      else if (name === 'query') {
        this.input.value = after || '';
        this.search();
      } else if (this.input.value.trim()) this.search();
    }

    get api() { return (this.getAttribute('api') || scriptOrigin).replace(/\/+$/, ''); }

    get pageSize() {
      const size = Number.parseInt(this.getAttribute('page-size') || '5', 10);
      return Math.min(Math.max(Number.isNaN(size) ? 5 : size, 1), 100);
    }

    // What the links carry to our site: the query and the fixed region.
    searchParams(q) {
      const params = new URLSearchParams({ q });
      const region = this.getAttribute('region');
      if (region) params.set('region', region);
      return params;
    }

    async search() {
      const q = this.input.value.trim();
      this.request?.abort();
      if (!q) {
        this.show('', []);
        return;
      }
      const request = new AbortController();
      this.request = request;
      const params = this.searchParams(q);
      params.set('pageSize', String(this.pageSize));
      // A few lines of hits: the same paragraph in several documents is shown once, as on the search page.
      params.set('distinct', 'true');
      try {
        const response = await fetch(`${this.api}/api/search?${params}`, { signal: request.signal, headers: { Accept: 'application/json' } });
        const body = await response.json().catch(() => null);
        if (request !== this.request) return;
        if (!response.ok) {
          this.show(response.status === 429 ? 'Många sökningar just nu – försök snart igen.' : response.status === 400 ? 'Skriv fler eller andra ord.' : 'Sökningen svarar inte just nu.', []);
          return;
        }
        this.render(q, body);
      } catch (error) {
        if (error.name !== 'AbortError') this.show('Sökningen kan inte nås just nu.', []);
      }
    }

    render(q, result) {
      const links = this.searchParams(q);
      // One click beacon per list (the query only; no cookies): lets the site owner see queries nobody clicks.
      let sent = false;
      const clicked = () => {
        if (!sent) fetch(`${this.api}/api/analytics/click`, { method: 'POST', mode: 'no-cors', credentials: 'omit', keepalive: true, body: JSON.stringify({ query: q, page: 1 }) }).catch(() => {});
        sent = true;
      };
      const items = result.hits.map((hit) => {
        const meta = [hit.region || 'Flera regioner', hit.date, hit.section].filter(Boolean).join(' · ');
        const link = el('a', { className: 'hit', href: `${this.api}/documents/${encodeURIComponent(hit.documentId)}?${links}#p${hit.paragraph}` },
          el('span', { className: 'title' }, hit.title || hit.documentId),
          el('span', { className: 'meta' }, meta),
          el('span', { className: 'snippet' }, ...snippetNodes(hit.snippet)));
        link.addEventListener('click', clicked);
        return el('li', {}, link);
      });
      const count = result.total === 0 ? `Inga träffar för ”${q}”.` : `${result.total} ${result.total === 1 ? 'träff' : 'träffar'}`;
      this.show(result.didYouMean ? `${count} Menade du ”${result.didYouMean}”?` : count, items);
      this.more.hidden = result.total <= result.hits.length;
      this.more.href = `${this.api}/?${links}`;
      this.more.textContent = `Visa alla ${result.total} träffar`;
    }

    show(text, items) {
      this.status.textContent = text;
      this.list.replaceChildren(...items);
      this.more.hidden = true;
    }

    // Arrow keys move from the box through the hits and back.
    onKey(event) {
      const links = [...this.list.querySelectorAll('a.hit')];
      const active = this.shadowRoot.activeElement;
      const index = active === this.input ? -1 : links.indexOf(active);
      if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || (index < 0 && active !== this.input)) return;
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next >= links.length || (next < -1)) return;
      event.preventDefault();
      (next === -1 ? this.input : links[next]).focus();
    }
  }

  customElements.define('policy-search', PolicySearch);
})();
