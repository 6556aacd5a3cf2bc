// The search lives in the URL (/?q=vårdplatser&region=Skåne&sort=newest&page=2) so it can be shared, reloaded and
// walked with back/forward. Every parameter other than q, sort and page is a facet filter of the same name.
export function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const [name, value] of params) {
    if (name !== 'q' && name !== 'page' && name !== 'sort' && value) filters[name] = value;
  }
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  // Best first unless the URL asks for the newest first.
  const sort = params.get('sort') === 'newest' ? 'newest' : '';
  return { q: (params.get('q') ?? '').trim(), page: page > 0 ? page : 1, filters, sort };
}

export function queryString(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name, value] of Object.entries(state.filters)) params.set(name, value);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

// The link to a hit's paragraph carries the whole search, so the document page can mark the words and
// lead back to the same results.
export function documentLink(hit, state, base = '') {
  return `${base}/documents/${encodeURIComponent(hit.documentId)}${queryString(state)}#p${hit.paragraph}`;
}
