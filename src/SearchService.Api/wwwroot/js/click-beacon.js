// Tells the service that a hit on the first page of a query was opened, once per query in a row: the query and
// the page, nothing about the reader (no cookies, no identifiers). The service counts it for the "no click" list.
let reported = null;

export function reportClick(query, page) {
  if (page !== 1 || query === reported) return;
  reported = query;
  fetch('/api/analytics/click', { method: 'POST', body: JSON.stringify({ query, page }), credentials: 'omit', keepalive: true }).catch(() => {});
}
