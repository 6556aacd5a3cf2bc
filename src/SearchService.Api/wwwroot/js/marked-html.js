// The API's `highlight` and `snippet` are escaped text in which only <mark> is markup. Turning them into
// nodes here (instead of innerHTML) keeps the page safe even if a response were ever tampered with.
const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function markedNodes(html) {
  const fragment = document.createDocumentFragment();
  let inMark = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      inMark = part === '<mark>';
    } else if (part) {
      const text = document.createTextNode(part.replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]));
      fragment.append(inMark ? wrap('mark', text) : text);
    }
  }
  return fragment;
}

export function wrap(tag, ...children) {
  const element = document.createElement(tag);
  element.append(...children);
  return element;
}

// An SVG element with attributes and children (the pages draw their maps and charts themselves).
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

// Swedish date for an ISO yyyy-MM-dd, or null.
export function swedishDate(iso) {
  if (!iso) return null;
  const date = new Date(`${iso}T12:00:00`);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' });
}
