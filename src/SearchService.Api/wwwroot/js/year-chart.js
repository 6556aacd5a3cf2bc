import { wrap, svg } from './marked-html.js';

// A small grouped bar chart: for each year with matches, one bar per chosen region (matching paragraphs
// of documents dated that year). The same figures are read out in the chart's label.
const series = 6;
const height = 120;
const bar = 14;
const groupGap = 18;

export function renderYearChart(container, years, regions) {
  const dated = regions.some((r) => r.years.length > 0);
  container.hidden = regions.length === 0;
  if (regions.length === 0) return;
  if (!dated) {
    container.replaceChildren(wrap('p', 'Inga daterade träffar för de valda regionerna.'));
    return;
  }
  const count = (region, year) => region.years.find((y) => y.year === year)?.count ?? 0;
  const largest = Math.max(1, ...regions.flatMap((r) => r.years.map((y) => y.count)));
  const groupWidth = regions.length * bar + groupGap;
  const chart = svg('svg', {
    viewBox: `0 0 ${Math.max(1, years.length) * groupWidth} ${height + 20}`,
    role: 'img',
    'aria-label': 'Träffar per år: ' + regions.map((r) => `${r.region} ${years.map((y) => `${y}: ${count(r, y)}`).join(', ')}`).join('; '),
  });
  years.forEach((year, index) => {
    const left = index * groupWidth;
    regions.forEach((region, position) => {
      const value = count(region, year);
      const barHeight = Math.round((value / largest) * (height - 14));
      chart.append(svg('rect', {
        x: left + position * bar, y: height - barHeight, width: bar - 2, height: barHeight, class: `series-${position % series}`,
      }, svg('title', {}, `${region.region} ${year}: ${value}`)));
    });
    chart.append(svg('text', { x: left + (regions.length * bar) / 2, y: height + 14, class: 'year-label' }, String(year)));
  });
  const legend = wrap('p', ...regions.map((region, position) => {
    const item = wrap('span', region.region);
    item.className = `legend-item series-${position % series}`;
    return item;
  }));
  legend.className = 'chart-legend';
  container.replaceChildren(wrap('h3', 'Träffar per år'), chart, legend);
}
