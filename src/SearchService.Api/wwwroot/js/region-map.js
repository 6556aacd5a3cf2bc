import { wrap, svg } from './marked-html.js';

// One equal tile per region, placed roughly where the region lies (column, row; north at the top), so
// that large northern regions do not dominate the picture. Drawn here; no map data is loaded.
export const tiles = [
  ['Norrbotten', 1, 0, 'Norrbotten'],
  ['Västerbotten', 1, 1, 'Västerbotten'],
  ['Jämtland Härjedalen', 0, 2, 'Jämtland'],
  ['Västernorrland', 1, 2, 'Västernorrl.'],
  ['Dalarna', 0, 3, 'Dalarna'],
  ['Gävleborg', 1, 3, 'Gävleborg'],
  ['Värmland', 0, 4, 'Värmland'],
  ['Västmanland', 1, 4, 'Västmanl.'],
  ['Uppsala', 2, 4, 'Uppsala'],
  ['Västra Götaland', 0, 5, 'V. Götaland'],
  ['Örebro', 1, 5, 'Örebro'],
  ['Sörmland', 2, 5, 'Sörmland'],
  ['Stockholm', 3, 5, 'Stockholm'],
  ['Halland', 0, 6, 'Halland'],
  ['Jönköping', 1, 6, 'Jönköping'],
  ['Östergötland', 2, 6, 'Östergötl.'],
  ['Gotland', 3, 6, 'Gotland'],
  ['Kronoberg', 1, 7, 'Kronoberg'],
  ['Kalmar', 2, 7, 'Kalmar'],
  ['Skåne', 0, 8, 'Skåne'],
  ['Blekinge', 1, 8, 'Blekinge'],
];

const size = 76;
const gap = 6;
const shades = 5;
const numbers = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

// Shade 0 is no match at all; 1–5 split the range up to the largest share evenly.
export function shadeOf(share, largest) {
  if (share <= 0 || largest <= 0) return 0;
  return Math.max(1, Math.ceil((share / largest) * shades));
}

export function describe(region) {
  return `${region.region}: ${numbers.format(region.paragraphs)} ${region.paragraphs === 1 ? 'träff' : 'träffar'}, `
    + `${numbers.format(region.perTenThousand)} per 10 000 stycken`;
}

// Draws the map for a comparison; `selected` is a Set of region names, `toggle(name)` flips one.
export function renderMap(container, comparison, selected, toggle) {
  const byName = new Map(comparison.regions.map((r) => [r.region, r]));
  const largest = Math.max(0, ...comparison.regions.filter((r) => r.region !== 'nationellt').map((r) => r.perTenThousand));
  const columns = Math.max(...tiles.map((t) => t[1])) + 1;
  const rows = Math.max(...tiles.map((t) => t[2])) + 1;
  const map = svg('svg', {
    viewBox: `0 0 ${columns * (size + gap)} ${rows * (size + gap)}`,
    role: 'group',
    'aria-label': 'Sveriges regioner, en ruta per region',
  });
  for (const [name, column, row, label] of tiles) {
    const region = byName.get(name) ?? { region: name, paragraphs: 0, perTenThousand: 0 };
    const tile = svg('g', {
      class: `tile shade-${shadeOf(region.perTenThousand, largest)}`,
      transform: `translate(${column * (size + gap)} ${row * (size + gap)})`,
      tabindex: 0,
      role: 'checkbox',
      'aria-checked': selected.has(name),
      'aria-label': describe(region),
      'data-region': name,
    },
    svg('title', {}, describe(region)),
    svg('rect', { width: size, height: size, rx: 8 }),
    svg('text', { x: size / 2, y: 30, class: 'tile-name' }, label),
    svg('text', { x: size / 2, y: 56, class: 'tile-count' }, numbers.format(region.paragraphs)));
    tile.addEventListener('click', () => toggle(name));
    tile.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        toggle(name);
      }
    });
    map.append(tile);
  }
  container.replaceChildren(map);
}

export function renderLegend(container, comparison) {
  const largest = Math.max(0, ...comparison.regions.filter((r) => r.region !== 'nationellt').map((r) => r.perTenThousand));
  const swatches = Array.from({ length: shades + 1 }, (_, shade) => {
    const swatch = wrap('span');
    swatch.className = `swatch shade-${shade}`;
    return swatch;
  });
  container.replaceChildren('Färre ', ...swatches, ` fler träffar per 10 000 stycken (mest: ${numbers.format(largest)})`);
}
