// Marker icons by PLOVER type: a shape per family and a colour per type. The SVG strings are constants of the
// app (never built from data), so handing them to Leaflet as icon markup is safe.

const SHAPES = {
  burst: '<path d="M12 1l2.6 6.3 6.6-1.7-3.9 5.6 5.1 4.4-6.8.4L14 22l-2-6.4L10 22l-1.6-6.4-6.8-.4 5.1-4.4-3.9-5.6 6.6 1.7z"/>',
  triangle: '<path d="M12 2l10 19H2z"/>',
  diamond: '<path d="M12 1l11 11-11 11L1 12z"/>',
  chevron: '<path d="M3 5h18l-9 15z"/>',
  circle: '<circle cx="12" cy="12" r="10"/>',
};

/** Family (shape) and colour of each type. */
export const TYPES = {
  ASSAULT: ['burst', '#c0392b'],
  COERCE: ['burst', '#e67e22'],
  MOBILIZE: ['triangle', '#d35400'],
  THREATEN: ['triangle', '#b9770e'],
  SANCTION: ['diamond', '#7d3c98'],
  PROTEST: ['diamond', '#8e44ad'],
  ACCUSE: ['diamond', '#a569bd'],
  REJECT: ['diamond', '#6c3483'],
  REQUEST: ['diamond', '#5b2c6f'],
  RETREAT: ['chevron', '#f1c40f'],
  CONCEDE: ['chevron', '#d4ac0d'],
  CONSULT: ['circle', '#2e86c1'],
  AGREE: ['circle', '#1abc9c'],
  COOPERATE: ['circle', '#17a589'],
  SUPPORT: ['circle', '#5dade2'],
  AID: ['circle', '#27ae60'],
};

export const FAMILY_NAMES = {
  burst: 'Violence and coercion',
  triangle: 'Mobilisation and threats',
  diamond: 'Protest, accusation, sanctions',
  chevron: 'Retreat and concession',
  circle: 'Talks, agreement, aid',
};

export function colorOf(type) {
  return (TYPES[type] || ['circle', '#7f8c8d'])[1];
}

/** SVG markup of the icon for a type (a constant per type). */
export function svgOf(type, size = 22) {
  const [shape] = TYPES[type] || ['circle'];
  const cls = `ev-${Object.prototype.hasOwnProperty.call(TYPES, type) ? type : 'OTHER'}`;
  return `<svg class="ev-svg ${cls}" viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true">${SHAPES[shape]}</svg>`;
}

/** An <svg> element for use in lists (parsed from the constant markup). */
export function iconElement(type, size = 16) {
  const t = document.createElement('template');
  t.innerHTML = svgOf(type, size); // constant markup, see svgOf
  return t.content.firstChild;
}

/** Shapes for the legend. */
export function families() {
  const out = {};
  for (const [type, [shape]] of Object.entries(TYPES)) (out[shape] = out[shape] || []).push(type);
  return out;
}
