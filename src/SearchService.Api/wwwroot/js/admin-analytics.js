// The site owner's view of query analytics: asks GET /api/admin/analytics with the API key typed here. The key is
// kept for this tab only (sessionStorage), never in a cookie.
const numbers = new Intl.NumberFormat('sv-SE');
const form = document.getElementById('period');
const key = document.getElementById('key');
const from = document.getElementById('from');
const to = document.getElementById('to');
const status = document.getElementById('status');
const report = document.getElementById('report');

const isoDay = (date) => date.toISOString().slice(0, 10);
const today = new Date();
to.value = isoDay(today);
from.value = isoDay(new Date(today.getTime() - 29 * 86_400_000));
key.value = sessionStorage.getItem('analytics-key') ?? '';

const problems = {
  401: 'Fel API-nyckel.',
  403: 'Servern har ingen API-nyckel inställd (Security:ApiKey), så statistiken kan inte visas.',
  404: 'Sökstatistiken är avstängd på servern (Analytics:Enabled).',
  400: 'Perioden går inte att visa: kontrollera datumen.',
};

function tableRow(texts, colSpan = 1) {
  const tr = document.createElement('tr');
  tr.append(...texts.map((text) => Object.assign(document.createElement('td'), { textContent: text, colSpan })));
  return tr;
}

function fillTable(id, rows) {
  const body = document.querySelector(`#${id} tbody`);
  body.replaceChildren(...rows.map((row) => tableRow([row.query, numbers.format(row.searches), numbers.format(row.zeroHits), numbers.format(row.clicks)])));
  if (rows.length === 0) body.append(tableRow(['Inga sökningar.'], 4));
}

async function show() {
  sessionStorage.setItem('analytics-key', key.value);
  status.textContent = 'Hämtar …';
  const params = new URLSearchParams({ from: from.value, to: to.value, limit: '20' });
  try {
    const response = await fetch(`/api/admin/analytics?${params}`, { headers: { 'X-Api-Key': key.value, Accept: 'application/json' } });
    if (!response.ok) {
      report.hidden = true;
      status.textContent = problems[response.status] ?? 'Statistiken kunde inte hämtas just nu.';
      return;
    }
    const body = await response.json();
    const t = body.totals;
    document.getElementById('totals').textContent = `${numbers.format(t.searches)} sökningar, ${numbers.format(t.zeroHitSearches)} utan träffar, `
      + `${numbers.format(t.clicks)} klick, ${numbers.format(t.withheld)} undanhållna (såg ut som personnummer eller e-post).`;
    fillTable('top', body.topQueries);
    fillTable('zero-hit', body.zeroHitQueries);
    fillTable('no-click', body.noClickQueries);
    status.textContent = `Perioden ${body.from} – ${body.to} (UTC).`;
    report.hidden = false;
  } catch {
    status.textContent = 'Statistiken kunde inte hämtas just nu.';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  show();
});
if (key.value) show();
