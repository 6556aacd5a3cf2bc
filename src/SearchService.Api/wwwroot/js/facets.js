import { wrap } from './marked-html.js';

// Facets arrive as { name: [{ value, count }] }; each becomes a group of radio chips whose choice is sent
// back as the query parameter of the same name. Their labels come from the service's list of facets
// (GET /api/facets), asked once; a name it does not label shows as it is.
const labels = fetch('/api/facets', { headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : []))
  .then((list) => Object.fromEntries(list.map(({ name, label }) => [name, label])))
  .catch(() => ({}));
const numbers = new Intl.NumberFormat('sv-SE');

// `leading` groups (the order of the hits) stand before the facets, in the same look.
export async function renderFacets(container, facets, filters, choose, leading = []) {
  const named = await labels;
  const groups = Object.entries(facets)
    .filter(([name, values]) => values.length > 0 || filters[name])
    .map(([name, values]) => renderGroup(name, named[name] ?? name, values, filters[name] ?? '', choose));
  container.replaceChildren(...leading, ...groups);
  container.hidden = leading.length + groups.length === 0;
}

// A group of radio chips without counts: `options` are { value, text }, the one whose value is `chosen` checked.
export function renderChoices(name, label, options, chosen, choose) {
  const fieldset = wrap('fieldset', wrap('legend', label),
    ...options.map((o) => chip(name, o.value, o.text, null, o.value === chosen, choose)));
  fieldset.className = 'facet';
  fieldset.dataset.facet = name;
  return fieldset;
}

function renderGroup(name, label, values, chosen, choose) {
  const options = values.map(({ value, count }) => ({ value, count }));
  if (chosen && !options.some((o) => o.value === chosen)) options.unshift({ value: chosen, count: 0 });
  const legend = wrap('legend', label);
  const fieldset = wrap('fieldset', legend,
    chip(name, '', `Alla`, null, chosen === '', choose),
    ...options.map((o) => chip(name, o.value, o.value, o.count, o.value === chosen, choose)));
  fieldset.className = 'facet';
  fieldset.dataset.facet = name;
  return fieldset;
}

function chip(name, value, text, count, checked, choose) {
  const input = document.createElement('input');
  input.type = 'radio';
  input.name = `facet-${name}`;
  input.value = value;
  input.checked = checked;
  input.addEventListener('change', () => choose(name, value));
  const label = wrap('label', input, wrap('span', text));
  if (count !== null) {
    const badge = wrap('span', numbers.format(count));
    badge.className = 'count';
    badge.setAttribute('aria-label', `${count} träffar`);
    label.append(badge);
  }
  label.className = 'chip';
  return label;
}
