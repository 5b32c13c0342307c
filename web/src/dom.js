// DOM helpers. Everything that comes from the API is untrusted: it only ever reaches the page as text
// (textContent / text nodes / attribute values), never as HTML.

/** Creates an element; `text` becomes its textContent, `attrs` are set with setAttribute. */
export function el(tag, { cls, text, attrs } = {}, children = []) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (attrs) for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, String(v));
  for (const c of children) if (c) e.append(c);
  return e;
}

/** Removes every child of `node`. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A link only for http(s) URLs; anything else (javascript:, data:) is shown as plain text. */
export function safeLink(url, text) {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      return el('a', { text: text || url, attrs: { href: u.href, target: '_blank', rel: 'noopener noreferrer' } });
    }
  } catch (e) { /* not a URL */ }
  return el('span', { text: text || url || '' });
}

/** A text with the range [begin, end) wrapped in <mark>, all as text nodes. */
export function highlighted(text, begin, end, cls = 'trigger') {
  const span = el('span');
  const b = Math.max(0, Math.min(text.length, begin));
  const e = Math.max(b, Math.min(text.length, end));
  span.append(document.createTextNode(text.slice(0, b)));
  if (e > b) span.append(el('mark', { cls, text: text.slice(b, e) }));
  span.append(document.createTextNode(text.slice(e)));
  return span;
}

/** A search snippet whose matches the server marked with [ and ], with the matches in <mark>. */
export function snippet(text) {
  const span = el('span');
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    span.append(document.createTextNode(text.slice(last, m.index)));
    span.append(el('mark', { text: m[1] }));
    last = m.index + m[0].length;
  }
  span.append(document.createTextNode(text.slice(last)));
  return span;
}
