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

async function load() {
  const query = search.q ? `?${new URLSearchParams({ q: search.q })}` : '';
  try {
    const response = await fetch(`/api/documents/${encodeURIComponent(documentId)}${query}`, { headers: { Accept: 'application/json' } });
    if (response.status === 404) {
      showMessage('Dokumentet finns inte', 'Det kan ha tagits bort eller fått ett nytt id. Sök efter det igen.');
      return;
    }
    if (!response.ok) {
      showMessage('Dokumentet kunde inte hämtas', 'Försök igen om en stund.');
      return;
    }
    render(await response.json());
  } catch {
    showMessage('Dokumentet kunde inte hämtas', 'Kontrollera anslutningen och försök igen.');
  } finally {
    article.removeAttribute('aria-busy');
  }
}

function showMessage(heading, text) {
  title.textContent = heading;
  document.title = `${heading} – Policysök`;
  meta.textContent = text;
}

function render(doc) {
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
  let section = null;
  const nodes = [];
  for (const p of doc.paragraphs) {
    if (p.section && p.section !== section) nodes.push(wrap('h2', p.section));
    section = p.section;
    nodes.push(renderParagraph(p));
  }
  paragraphs.replaceChildren(...nodes);
  showMatches(doc.paragraphs.filter((p) => p.marks.length > 0).length);
  goToTarget();
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
  document.getElementById('match-count').textContent = count === 0
    ? `Inga stycken innehåller ”${search.q}”.`
    : `${count} ${count === 1 ? 'stycke' : 'stycken'} med ”${search.q}”`;
  document.getElementById('previous-match').hidden = count < 2;
  document.getElementById('next-match').hidden = count < 2;
}

// The fragment's paragraph exists only after the document loaded, so the browser's own jump cannot
// reach it: mark it, scroll it into view and put the keyboard focus there.
function goToTarget() {
  paragraphs.querySelector('.target')?.classList.remove('target');
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (!target) return;
  target.classList.add('target');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  status.textContent = `Visar stycke ${target.id.slice(1)}.`;
}

function moveMatch(step) {
  const matches = [...paragraphs.querySelectorAll('.para.has-match')];
  const current = matches.indexOf(document.querySelector('.para.target'));
  const next = matches[(current + step + matches.length) % matches.length];
  if (next) location.hash = next.id;
}

document.getElementById('previous-match').addEventListener('click', () => moveMatch(-1));
document.getElementById('next-match').addEventListener('click', () => moveMatch(1));
window.addEventListener('hashchange', goToTarget);

load();
