import { markedNodes, wrap, swedishDate } from './marked-html.js';
import { readState, queryString } from './search-state.js';

const documentId = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');
const search = readState();

const article = document.getElementById('document');
const title = document.getElementById('title');
const meta = document.getElementById('meta');
const status = document.getElementById('status');
const paragraphs = document.getElementById('paragraphs');
const matchNav = document.getElementById('match-nav');
const back = document.getElementById('back');

back.href = `/${queryString(search)}`;
if (!search.q) back.textContent = '← Till sökningen';

// The API answers a page of paragraphs at a time (a document can hold thousands): the first page at once,
// the next ones as the reader nears the end of what is shown, or at once up to a linked paragraph.
const pageSize = 200;
const more = document.createElement('div');
paragraphs.after(more);
let shown = 0;
let total = 0;
let matches = 0;
let section = null;
let pending = null;

function fetchPage(from) {
  const params = new URLSearchParams({ from: String(from), count: String(pageSize) });
  if (search.q) params.set('q', search.q);
  return fetch(`/api/documents/${encodeURIComponent(documentId)}?${params}`, { headers: { Accept: 'application/json' } });
}

async function load() {
  try {
    const response = await fetchPage(1);
    if (response.status === 404) {
      showMessage('Dokumentet finns inte', 'Det kan ha tagits bort eller fått ett nytt id. Sök efter det igen.');
      return;
    }
    if (!response.ok) {
      showMessage('Dokumentet kunde inte hämtas', 'Försök igen om en stund.');
      return;
    }
    const doc = await response.json();
    renderHeader(doc);
    append(doc);
    await goToTarget();
    new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) loadMore();
    }, { rootMargin: '1500px 0px' }).observe(more);
  } catch {
    showMessage('Dokumentet kunde inte hämtas', 'Kontrollera anslutningen och försök igen.');
  } finally {
    article.removeAttribute('aria-busy');
  }
}

// One request at a time; a failed page is asked for again the next time the reader comes near it.
function loadMore() {
  if (pending || shown >= total) return pending ?? Promise.resolve();
  pending = fetchPage(shown + 1)
    .then((response) => (response.ok ? response.json() : null))
    .then((doc) => { if (doc) append(doc); })
    .catch(() => {})
    .finally(() => { pending = null; });
  return pending;
}

function showMessage(heading, text) {
  title.textContent = heading;
  document.title = `${heading} – Policysök`;
  meta.textContent = text;
}

function renderHeader(doc) {
  title.textContent = doc.title || doc.id;
  document.title = `${doc.title || doc.id} – Policysök`;
  const mentioned = doc.regionsMentioned.filter((r) => r !== doc.region);
  // organisation, documentType and sourceUrl come with richer sources; older servers leave them out.
  meta.textContent = [doc.organisation, doc.documentType, doc.region ?? 'Ingen enskild region', swedishDate(doc.date),
    mentioned.length ? `nämner även ${mentioned.join(', ')}` : null].filter(Boolean).join(' · ');
  if (/^https?:\/\//i.test(doc.sourceUrl ?? '')) {
    const source = wrap('a', 'Originaldokumentet');
    source.href = doc.sourceUrl;
    source.rel = 'noopener noreferrer';
    meta.append(' · ', source);
  }
}

function append(doc) {
  total = doc.paragraphCount ?? doc.paragraphs.length;
  const nodes = [];
  for (const p of doc.paragraphs) {
    if (p.section && p.section !== section) nodes.push(wrap('h2', p.section));
    section = p.section;
    nodes.push(renderParagraph(p));
  }
  paragraphs.append(...nodes);
  shown += doc.paragraphs.length;
  matches += doc.paragraphs.filter((p) => p.marks.length > 0).length;
  showMatches(matches);
}

function renderParagraph(p) {
  const number = wrap('a', String(p.paragraph));
  number.href = `#p${p.paragraph}`;
  number.className = 'para-number';
  number.setAttribute('aria-label', `Stycke ${p.paragraph}`);
  // `highlight` marks whole words, as the search page does; without a query it is absent.
  const element = wrap('p', number, p.highlight ? markedNodes(p.highlight) : p.text);
  element.id = `p${p.paragraph}`;
  element.tabIndex = -1;
  element.className = p.marks.length > 0 ? 'para has-match' : 'para';
  return element;
}

function showMatches(count) {
  matchNav.hidden = !search.q;
  const sofar = shown < total ? ` av de ${shown} första av ${total}` : '';
  document.getElementById('match-count').textContent = count === 0
    ? `Inga stycken${sofar} innehåller ”${search.q}”.`
    : `${count} ${count === 1 ? 'stycke' : 'stycken'}${sofar} med ”${search.q}”`;
  document.getElementById('previous-match').hidden = count < 2;
  document.getElementById('next-match').hidden = count < 2;
}

// The fragment's paragraph exists only after the document loaded, so the browser's own jump cannot
// reach it: mark it, scroll it into view and put the keyboard focus there.
async function goToTarget() {
  paragraphs.querySelector('.target')?.classList.remove('target');
  const wanted = /^#p(\d+)$/.exec(location.hash)?.[1];
  // Paragraph numbers run in document order, so the pages up to the linked one are loaded first.
  while (wanted && !document.getElementById(`p${wanted}`) && shown < total) {
    const before = shown;
    await loadMore();
    if (shown === before) break;
  }
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (!target) return;
  target.classList.add('target');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  status.textContent = `Visar stycke ${target.id.slice(1)}.`;
}

async function moveMatch(step) {
  let found = [...paragraphs.querySelectorAll('.para.has-match')];
  let current = found.indexOf(document.querySelector('.para.target'));
  // Past the last match shown, the next one may be in a page not loaded yet.
  while (step > 0 && current === found.length - 1 && shown < total) {
    const before = shown;
    await loadMore();
    if (shown === before) break;
    found = [...paragraphs.querySelectorAll('.para.has-match')];
    current = found.indexOf(document.querySelector('.para.target'));
  }
  const next = found[(current + step + found.length) % found.length];
  if (next) location.hash = next.id;
}

document.getElementById('previous-match').addEventListener('click', () => moveMatch(-1));
document.getElementById('next-match').addEventListener('click', () => moveMatch(1));
window.addEventListener('hashchange', goToTarget);

load();
