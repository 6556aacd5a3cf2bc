import { wrap } from './marked-html.js';

// Previous, a window of page numbers around the current page with the first and last, and next.
export function renderPager(nav, current, pages, href, go) {
  nav.hidden = pages <= 1;
  if (pages <= 1) {
    nav.replaceChildren();
    return;
  }
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  const items = [];
  if (current > 1) items.push(link('← Föregående', current - 1, href, go, 'Föregående sida'));
  shown.forEach((page, i) => {
    if (i > 0 && page - shown[i - 1] > 1) items.push(wrap('span', '…'));
    items.push(page === current ? currentPage(page) : link(String(page), page, href, go, `Sida ${page}`));
  });
  if (current < pages) items.push(link('Nästa →', current + 1, href, go, 'Nästa sida'));
  nav.replaceChildren(...items);
}

function link(text, page, href, go, label) {
  const a = wrap('a', text);
  a.href = href(page);
  a.setAttribute('aria-label', label);
  a.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    go(page);
  });
  return a;
}

function currentPage(page) {
  const span = wrap('span', String(page));
  span.className = 'current';
  span.setAttribute('aria-current', 'page');
  return span;
}
