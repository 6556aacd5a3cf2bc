import { markedNodes, wrap, swedishDate } from './marked-html.js';
import { documentLink, queryString } from './search-state.js';
import { renderMap, renderLegend, describe, tiles } from './region-map.js';
import { renderYearChart } from './year-chart.js';

// The comparison lives in the URL (/regioner?q=vårdplatser&valda=Skåne,Norrbotten): query, filters and
// chosen regions, so it can be shared, reloaded and walked with back/forward. Parameters other than q
// and valda are filters passed on to the API.
const numbers = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const order = tiles.map((t) => t[0]);

const form = document.getElementById('compare-form');
const input = document.getElementById('q');
const status = document.getElementById('status');
const map = document.getElementById('map');
const legend = document.getElementById('legend');
const columns = document.getElementById('columns');
const chosenEmpty = document.getElementById('chosen-empty');
const yearChart = document.getElementById('year-chart');
const tableBody = document.querySelector('#region-table tbody');
const searchLink = document.getElementById('search-link');

let state = readState();
let comparison = null;
let inFlight = null;

function readState() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const [name, value] of params) {
    if (name !== 'q' && name !== 'valda' && value) filters[name] = value;
  }
  const selected = (params.get('valda') ?? '').split(',').map((s) => s.trim()).filter((s) => order.includes(s));
  return { q: (params.get('q') ?? '').trim(), filters, selected: order.filter((name) => selected.includes(name)) };
}

function url(next) {
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  for (const [name, value] of Object.entries(next.filters)) params.set(name, value);
  if (next.selected.length > 0) params.set('valda', next.selected.join(','));
  const text = params.toString();
  return `/regioner${text ? `?${text}` : ''}`;
}

function navigate(next) {
  const compare = next.q !== state.q;
  state = next;
  history.pushState(null, '', url(state));
  return compare ? load() : render();
}

async function load() {
  inFlight?.abort();
  input.value = state.q;
  document.title = state.q ? `${state.q} – Jämför regioner` : 'Jämför regioner';
  searchLink.href = `/${queryString({ q: state.q, filters: state.filters, page: 1 })}`;
  comparison = null;
  if (!state.q) {
    status.textContent = 'Skriv vad du vill jämföra regionerna på.';
    render();
    return;
  }
  const request = new AbortController();
  inFlight = request;
  status.textContent = 'Jämför …';
  try {
    const response = await fetch(`/api/regions?${new URLSearchParams({ q: state.q, ...state.filters })}`, { signal: request.signal });
    const body = await response.json().catch(() => null);
    if (request !== inFlight) return;
    if (!response.ok) {
      const messages = body?.errors ? Object.values(body.errors).flat() : [];
      status.textContent = messages.length > 0 ? messages.join(' ') : 'Jämförelsen kunde inte göras just nu. Försök igen om en stund.';
    } else {
      comparison = body;
      status.textContent = `${numbers.format(body.total)} ${body.total === 1 ? 'träff' : 'träffar'} i ${numbers.format(body.documents)} dokument för ”${state.q}”`;
    }
  } catch (error) {
    if (error.name === 'AbortError') return;
    status.textContent = 'Jämförelsen kunde inte nås.';
  }
  render();
}

function toggle(name) {
  const selected = state.selected.includes(name) ? state.selected.filter((n) => n !== name) : [...state.selected, name];
  navigate({ ...state, selected: order.filter((n) => selected.includes(n)) }).then(() => {
    map.querySelector(`[data-region="${CSS.escape(name)}"]`)?.focus();
  });
}

function render() {
  const regions = comparison?.regions ?? [];
  const chosen = state.selected.map((name) => regions.find((r) => r.region === name)).filter(Boolean);
  if (comparison) {
    renderMap(map, comparison, new Set(state.selected), toggle);
    renderLegend(legend, comparison);
  } else {
    map.replaceChildren();
    legend.replaceChildren();
  }
  tableBody.replaceChildren(...regions.map(renderRow));
  chosenEmpty.hidden = chosen.length > 0;
  columns.replaceChildren(...chosen.map(renderColumn));
  columns.dataset.count = String(chosen.length);
  renderYearChart(yearChart, comparison?.years ?? [], chosen);
  return Promise.resolve();
}

function renderRow(region) {
  const name = wrap('th', region.region === 'nationellt' ? 'Nationellt (ingen enskild region)' : region.region);
  name.scope = 'row';
  const cells = [region.paragraphs, region.documents, region.perTenThousand, region.indexedParagraphs]
    .map((value) => wrap('td', numbers.format(value)));
  const row = wrap('tr', name, ...cells);
  if (state.selected.includes(region.region)) row.className = 'chosen';
  return row;
}

function renderColumn(region) {
  const heading = wrap('h3', region.region);
  const summary = wrap('p', describe(region));
  summary.className = 'meta';
  const hits = wrap('ol', ...region.hits.map((hit) => {
    const link = wrap('a', hit.title || hit.documentId);
    link.href = documentLink(hit, { q: state.q, filters: state.filters, page: 1 });
    link.className = 'hit-link';
    const meta = wrap('p', [hit.organisation, swedishDate(hit.date), hit.section].filter(Boolean).join(' · '));
    meta.className = 'meta';
    const snippet = wrap('p', markedNodes(hit.snippet));
    snippet.className = 'snippet';
    return wrap('li', wrap('h4', link), meta, snippet);
  }));
  hits.className = 'column-hits';
  const column = wrap('article', heading, summary, region.hits.length > 0 ? hits : wrap('p', 'Inga träffar.'));
  column.className = 'region-column';
  column.dataset.region = region.region;
  return column;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate({ ...state, q: input.value.trim() });
});

window.addEventListener('popstate', () => {
  const previous = state.q;
  state = readState();
  if (state.q !== previous || !comparison) load(); else render();
});

load();
