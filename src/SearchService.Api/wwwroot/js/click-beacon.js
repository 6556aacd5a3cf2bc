// Tells the service that a hit on the first page of a query was opened, once per list of results: the query and
// the page, nothing about the reader (no cookies, no identifiers). The service counts it for the "no click" list.
export function clickBeacon(query, page) {
  let sent = false;
  return () => {
    if (sent || page !== 1) return;
    sent = true;
    fetch('/api/analytics/click', { method: 'POST', body: JSON.stringify({ query, page }), credentials: 'omit', keepalive: true }).catch(() => {});
  };
}
