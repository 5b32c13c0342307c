// Sitrep's single-page app: wires the filters, the map, the event list, the detail panel, search, the control
// slider and the chart to the API.
import './style.css';
import { get } from './api.js';
import { DayChart } from './chart.js';
import { showEvent, showPlaceholder } from './detail.js';
import { clear, el, snippet } from './dom.js';
import { TYPES, iconElement } from './icons.js';
import { EventMap, truncate } from './map.js';

const PAGE = 500;
const $ = (id) => document.getElementById(id);

const state = { items: [], total: 0, selected: null, q: '', days: [], controlAvailable: false, loading: 0 };

const form = $('filters');
const map = new EventMap($('map'), { onSelect: (id) => select(id), onMove: () => onMove() });
const chart = new DayChart($('chart'), {
  onDay: (day) => {
    form.elements.from.value = day;
    form.elements.to.value = day;
    reload({ fit: true });
  },
});

function setStatus(text, error = false) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', error);
}

async function busy(label, work) {
  state.loading += 1;
  setStatus(label);
  try {
    const r = await work();
    return r;
  } catch (e) {
    setStatus(e.message, true);
    throw e;
  } finally {
    state.loading -= 1;
    if (state.loading === 0 && !$('status').classList.contains('error')) setStatus('');
  }
}

function filters() {
  const f = form.elements;
  return {
    from: f.from.value, to: f.to.value, type: f.type.value, status: f.status.value, certainty: f.certainty.value,
    actor: f.actor.value.trim(), place: f.place.value.trim(), q: state.q,
  };
}

const inView = () => form.elements.inview.checked;

/** Loads the events matching the filters (within the map view when there are more than a page). */
async function reload({ fit = false, useBbox = false } = {}) {
  setStatus('');
  const params = { ...filters(), limit: PAGE };
  if (useBbox) params.bbox = map.bbox();
  const page = await busy('Loading events…', () => get('events', params));
  state.items = page.items;
  state.total = page.total;
  state.bboxed = useBbox;
  map.setEvents(state.items);
  if (fit) map.fit();
  renderList();
  get('timeline', filters()).then((t) => chart.set(t)).catch((e) => setStatus(e.message, true));
}

function onMove() {
  if (inView() && state.total > state.items.length) reload({ useBbox: true });
  else renderList();
}

function renderList() {
  const list = clear($('events'));
  const shown = inView() ? state.items.filter((e) => map.contains(e)) : state.items;
  const more = state.total > state.items.length ? ` (first ${state.items.length} of ${state.total} loaded)` : '';
  $('count').textContent = inView()
    ? `${shown.length} of ${state.total} matching events in the map view${more}`
    : `${state.total} matching events${more}`;
  for (const e of shown) list.append(listItem(e));
  if (!shown.length) list.append(el('li', { cls: 'empty', text: 'No events here. Zoom out, or change the filters.' }));
}

function listItem(e) {
  const loc = e.eventLoc || {};
  const first = (e.claims || [])[0];
  const li = el('li', { attrs: { 'data-id': e.id, tabindex: '0' } }, [
    iconElement(e.event, 18),
    el('div', { cls: 'what', text: `${e.event} · ${loc.name || 'no place'}` }),
    el('div', { cls: 'meta', text: `${e.date || 'undated'} · ${e.status} · ${e.certainty}${first && first.outlet ? ` · ${first.outlet}` : ''}` }),
    first ? el('div', { cls: 'quote', text: truncate(first.evidence.text, 180) }) : null,
  ]);
  if (!loc.name || loc.lat === null || loc.lat === undefined) li.append(el('div', { cls: 'meta unlocated', text: 'not on the map' }));
  if (e.id === state.selected) li.classList.add('selected');
  li.addEventListener('click', () => select(e.id));
  li.addEventListener('keydown', (k) => { if (k.key === 'Enter') select(e.id); });
  return li;
}

async function select(id) {
  state.selected = id;
  for (const li of $('events').children) li.classList.toggle('selected', li.dataset.id === id);
  map.select(id);
  try {
    const e = await busy('Loading event…', () => get(`events/${encodeURIComponent(id)}`));
    showEvent($('detail'), e);
  } catch (err) {
    showPlaceholder($('detail'), `Cannot load the event: ${err.message}`);
  }
}

// ------------------------------------------------------------------ search

async function search(q) {
  state.q = q;
  $('search-clear').hidden = !q;
  const box = clear($('search-results'));
  box.hidden = !q;
  await reload({ fit: true });
  if (!q) return;
  try {
    const res = await get('search', { q, limit: 20 });
    box.append(el('h2', { text: `Reports matching “${q}”: ${res.items.length}` }));
    for (const hit of res.items) {
      const div = el('div', { cls: 'hit' }, [
        el('div', { cls: 'title', text: `${hit.title || hit.id} — ${hit.outlet || ''}` }),
        el('div', {}, [snippet(hit.snippet || '')]),
      ]);
      if (hit.event_ids && hit.event_ids.length) {
        const b = el('button', { text: `${hit.event_ids.length} event(s)`, attrs: { type: 'button' } });
        b.addEventListener('click', () => select(hit.event_ids[0]));
        div.append(b);
      }
      box.append(div);
    }
  } catch (e) {
    box.append(el('p', { cls: 'error', text: e.message }));
  }
}

$('search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  search($('search').value.trim());
});
$('search-clear').addEventListener('click', () => {
  $('search').value = '';
  search('');
});

// ------------------------------------------------------------------ control of territory

let controlTimer = null;

function days(first, last) {
  const out = [];
  if (!first || !last) return out;
  // the most recent ten years at most: background events from long ago must not push the slider's end back
  const end = new Date(`${last}T00:00:00Z`);
  const start = new Date(`${first}T00:00:00Z`);
  for (let d = new Date(end); d >= start && out.length < 3660; d.setUTCDate(d.getUTCDate() - 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out.reverse();
}

async function showControl() {
  const date = state.days[Number($('slider').value)];
  $('control-date').textContent = date || '-';
  if (!date) return;
  const note = clear($('control-note'));
  if (!state.controlAvailable) {
    note.textContent = 'not available on this server';
    return;
  }
  try {
    const fc = await get('control.geojson', { date });
    const colors = map.setControl(fc);
    if (!colors.size) note.textContent = 'no areas recorded';
    for (const [name, color] of colors) {
      const swatch = el('span', { cls: 'swatch' });
      swatch.style.background = color;
      note.append(swatch, el('span', { cls: 'controller', text: ` ${name}  ` }));
    }
  } catch (e) {
    note.textContent = e.message;
  }
}

$('slider').addEventListener('input', () => {
  $('control-date').textContent = state.days[Number($('slider').value)] || '-';
  clearTimeout(controlTimer);
  controlTimer = setTimeout(showControl, 120);
});

// ------------------------------------------------------------------ start

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  reload({ fit: true });
});
form.addEventListener('reset', () => setTimeout(() => reload({ fit: true }), 0));
form.elements.inview.addEventListener('change', () => renderList());
$('tiles').addEventListener('change', (ev) => map.setTiles(ev.target.checked));

async function start() {
  const select = form.elements.type;
  for (const t of Object.keys(TYPES).sort()) select.append(el('option', { text: t, attrs: { value: t } }));
  const stats = await get('stats');
  const basemap = map.loadBasemap((stats.features && stats.features.basemap) || {}).catch((e) => setStatus(`Basemap: ${e.message}`, true));
  state.controlAvailable = !!(stats.features && stats.features.control);
  state.days = days(stats.first_date, stats.last_date);
  const slider = $('slider');
  slider.max = String(Math.max(0, state.days.length - 1));
  slider.value = slider.max;
  slider.disabled = !state.days.length;
  await reload({ fit: true });
  await showControl();
  await basemap;
  document.body.dataset.ready = 'true';
}

start().catch((e) => setStatus(`Cannot start: ${e.message}`, true));
