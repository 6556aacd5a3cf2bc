import { markedNodes, wrap, swedishDate } from './marked-html.js';
import { readState, queryString, documentLink } from './search-state.js';
import { renderFacets, renderChoices } from './facets.js';
import { renderPager } from './pager.js';
import { reportClick } from './click-beacon.js';

const pageSize = 10;
const distinctDepth = 500;
const typingDelayMs = 250;
const numbers = new Intl.NumberFormat('sv-SE');

const form = document.getElementById('search-form');
const input = document.getElementById('q');
const status = document.getElementById('status');
const didYouMean = document.getElementById('did-you-mean');
const empty = document.getElementById('empty');
const results = document.getElementById('results');
const facets = document.getElementById('facets');
const pager = document.getElementById('pager');
const resultsHeading = document.getElementById('results-heading');
const compare = document.getElementById('compare');
const compareLink = document.getElementById('compare-link');

let state = readState();
let inFlight = null;
let typingTimer = 0;
// Typing makes one history entry per burst of edits, not one per keystroke; any other change makes its own.
let typingEntry = false;

function navigate(next, { typed = false } = {}) {
  state = next;
  const url = `/${queryString(state)}`;
  if (typed && typingEntry) {
    history.replaceState(null, '', url);
  } else {
    history.pushState(null, '', url);
  }
  typingEntry = typed;
  return search();
}

async function search() {
  inFlight?.abort();
  document.title = state.q ? `${state.q} – Policysök` : 'Sök i regionernas dokument';
  if (!state.q) {
    showStart();
    return;
  }
  const request = new AbortController();
  inFlight = request;
  const params = new URLSearchParams({ q: state.q, page: String(state.page), pageSize: String(pageSize), ...state.filters });
  if (state.sort) params.set('sort', state.sort);
  // A paragraph found in several documents is listed once, with how many more have it.
  params.set('distinct', 'true');
  results.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(`/api/search?${params}`, { signal: request.signal, headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (request !== inFlight) return;
    if (response.ok) {
      render(body);
    } else {
      showProblem(response.status, body);
    }
  } catch (error) {
    if (error.name !== 'AbortError') showProblem(0, null);
  } finally {
    if (request === inFlight) results.removeAttribute('aria-busy');
  }
}

function render(result) {
  empty.hidden = true;
  // Distinct hits go 500 deep (the API's limit), and end where the texts do: a short page is the last.
  let pages = Math.min(Math.ceil(result.total / pageSize), Math.floor(distinctDepth / pageSize));
  if (result.hits.length > 0 && result.hits.length < pageSize) pages = Math.min(pages, state.page);
  // The answer names the filters as the index does (region=skane is Skåne); older servers leave them out.
  const where = Object.values(result.filters ?? state.filters).join(', ');
  status.textContent = result.total === 0
    ? `Inga träffar för ”${state.q}”${where ? ` i ${where}` : ''}.`
    : `${numbers.format(result.total)} ${result.total === 1 ? 'träff' : 'träffar'}${where ? ` i ${where}` : ''}`
      + `${pages > 1 ? ` · sida ${state.page} av ${numbers.format(pages)}` : ''} · ${numbers.format(result.tookMs)} ms`;
  renderDidYouMean(result.didYouMean);
  renderCompareLink();
  results.replaceChildren(...result.hits.map((hit) => renderHit(hit)));
  if (result.total > 0 && result.hits.length === 0) {
    results.append(wrap('li', `Sidan finns inte – det finns ${pages} sidor.`));
  }
  // The order of the hits is chosen beside the filters, in their look: the same hits newest first, from page 1.
  const order = renderChoices('sort', 'Sortera', [{ value: '', text: 'Bäst först' }, { value: 'newest', text: 'Nyast först' }],
    state.sort, (_, sort) => navigate({ ...state, sort, page: 1 }));
  renderFacets(facets, result.facets ?? {}, state.filters, (name, value) => {
    const filters = { ...state.filters };
    if (value) filters[name] = value; else delete filters[name];
    navigate({ ...state, page: 1, filters });
  }, result.total > 1 ? [order] : []);
  renderPager(pager, state.page, pages, (page) => `/${queryString({ ...state, page })}`, (page) => {
    navigate({ ...state, page }).then(() => resultsHeading.focus());
  });
}

function renderHit(hit) {
  const link = wrap('a', hit.title || hit.documentId);
  link.href = documentLink(hit, state);
  link.className = 'hit-link';
  const sameText = hit.sameText > 0 ? `samma text i ${numbers.format(hit.sameText)} ${hit.sameText === 1 ? 'stycke' : 'stycken'} till` : null;
  const meta = [hit.region ?? 'Flera regioner', hit.organisation, swedishDate(hit.date), hit.section, `stycke ${hit.paragraph}`, sameText].filter(Boolean);
  const metaLine = wrap('p', meta.join(' · '));
  metaLine.className = 'meta';
  const snippet = wrap('p', markedNodes(hit.snippet));
  snippet.className = 'snippet';
  const article = wrap('article', wrap('h3', link), metaLine, snippet);
  article.className = 'hit';
  return wrap('li', article);
}

// `didYouMean` comes with the spelling suggestions of the Swedish analysis; older servers leave it out.
function renderDidYouMean(suggestion) {
  didYouMean.hidden = !suggestion;
  if (!suggestion) return;
  const link = wrap('a', suggestion);
  link.href = `/${queryString({ ...state, q: suggestion, page: 1 })}`;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    input.value = suggestion;
    navigate({ ...state, q: suggestion, page: 1 });
  });
  didYouMean.replaceChildren('Menade du ', link, '?');
}

// The comparison takes the query and every filter but the region, since it shows all regions.
function renderCompareLink() {
  const { region, ...filters } = state.filters;
  const params = new URLSearchParams({ q: state.q, ...filters });
  if (region) params.set('valda', region);
  compareLink.href = `/regioner?${params}`;
  compare.hidden = false;
}

function showStart() {
  compare.hidden = true;
  status.textContent = '';
  didYouMean.hidden = true;
  empty.hidden = false;
  results.replaceChildren();
  facets.hidden = true;
  pager.hidden = true;
}

function showProblem(statusCode, problem) {
  const detail = problem?.errors ? Object.values(problem.errors).flat().join(' ') : problem?.detail;
  status.textContent = statusCode === 429
    ? 'Många sökningar just nu – vänta en stund och försök igen.'
    : statusCode === 400
      ? `Sökningen gick inte att göra: ${detail ?? 'ogiltig fråga'}`
      : 'Sökningen svarar inte just nu. Försök igen om en stund.';
  results.replaceChildren();
  pager.hidden = true;
}

function hitLinks() {
  return [...results.querySelectorAll('a.hit-link')];
}

input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    const q = input.value.trim();
    if (q !== state.q) navigate({ ...state, q, page: 1 }, { typed: true });
  }, typingDelayMs);
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' && hitLinks().length > 0) {
    event.preventDefault();
    hitLinks()[0].focus();
  }
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  navigate({ ...state, q: input.value.trim(), page: 1 });
});

// Arrow keys walk the hits; Home/End jump; "/" returns to the search box from anywhere.
results.addEventListener('keydown', (event) => {
  const links = hitLinks();
  const index = links.indexOf(document.activeElement);
  const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: links.length - 1 }[event.key];
  if (index < 0 || target === undefined) return;
  event.preventDefault();
  if (target < 0) input.focus(); else links[Math.min(target, links.length - 1)].focus();
});

// Opening a hit (mouse, Enter) tells the query analytics that this query's first page was useful.
results.addEventListener('click', (event) => {
  if (event.target.closest('a.hit-link')) reportClick(state.q, state.page);
});

document.addEventListener('keydown', (event) => {
  if (event.key === '/' && document.activeElement !== input && !event.target.closest?.('input, textarea')) {
    event.preventDefault();
    input.focus();
    input.select();
  }
});

window.addEventListener('popstate', () => {
  state = readState();
  input.value = state.q;
  typingEntry = false;
  search();
});

input.value = state.q;
search();
