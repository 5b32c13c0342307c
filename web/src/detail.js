// The detail panel: an event's coding, status, claim chain with each claim's evidence sentence (trigger highlighted)
// and sources, and on request the whole report with the sentence marked. All data is rendered as text.
import { get } from './api.js';
import { clear, el, highlighted, safeLink } from './dom.js';
import { iconElement } from './icons.js';

export function showPlaceholder(panel, text) {
  clear(panel).append(el('p', { cls: 'placeholder', text }));
}

export function showEvent(panel, e) {
  clear(panel);
  const loc = e.eventLoc || {};
  panel.append(el('h2', {}, [iconElement(e.event, 20), el('span', { text: `${e.event}${e.mode ? ` (${e.mode})` : ''}` }),
    el('span', { cls: `badge ${e.status}`, text: e.status })]));
  const facts = el('dl', { cls: 'facts' });
  const fact = (k, v) => {
    if (v === null || v === undefined || v === '') return;
    facts.append(el('dt', { text: k }), el('dd', { text: v }));
  };
  fact('When', e.date ? `${e.date}${e.date_end && e.date_end !== e.date ? ` – ${e.date_end}` : ''}${e.date_text ? ` (“${e.date_text}”)` : ''}` : 'undated');
  fact('Where', loc.name ? `${loc.name}${loc.admin1 ? `, ${loc.admin1}` : ''}${loc.country ? ` (${loc.country})` : ''}` : 'no place');
  fact('Source actor', actorText(e.source));
  fact('Target actor', actorText(e.target));
  fact('Certainty', e.certainty);
  fact('Outlets', String(e.outlets));
  if (e.dead !== null && e.dead !== undefined) fact('Killed', String(e.dead));
  fact('ACLED', e.acled_event_type ? `${e.acled_event_type}${e.acled_sub_event_type ? ` / ${e.acled_sub_event_type}` : ''}` : null);
  fact('Event id', e.id);
  panel.append(facts);

  panel.append(el('h3', { text: `Claims (${(e.claims || []).length})` }));
  for (const c of e.claims || []) panel.append(claimCard(c));

  const prov = e.provenance || {};
  panel.append(el('h3', { text: 'Provenance' }));
  panel.append(el('div', { cls: 'provenance', text: [prov.rule && `rule ${prov.rule}`, ...(prov.entries || []), ...(prov.merge || [])].filter(Boolean).join(' · ') }));
}

function actorText(a) {
  if (!a) return null;
  return `${a.name || a.actorText || ''}${a.code ? ` [${a.code}]` : ''}`;
}

function claimCard(c) {
  const card = el('div', { cls: `claim ${c.stance}`, attrs: { 'data-claim': c.id } });
  const chain = el('div', { cls: 'chain' });
  const links = [...(c.claimants || [])];
  const outlet = c.outlet || 'unknown outlet';
  const parts = [outlet, ...links];
  parts.forEach((p, i) => {
    if (i > 0) chain.append(el('span', { cls: 'arrow', text: '→' }));
    chain.append(el('span', { text: p }));
  });
  chain.append(el('span', { text: ` · ${c.stance === 'contradicts' ? 'contradicts' : 'supports'} · ${c.certainty}` }));
  card.append(chain);
  const ev = c.evidence;
  const quote = el('blockquote', { cls: 'evidence' });
  quote.append(highlighted(ev.text, ev.trigger_begin - ev.begin, ev.trigger_end - ev.begin));
  card.append(quote);
  const source = el('div', { cls: 'source' }, [
    c.url ? safeLink(c.url, c.title || c.url) : el('span', { text: c.title || '' }),
    el('span', { text: c.published ? ` · ${c.published.slice(0, 10)}` : '' }),
  ]);
  card.append(source);
  const button = el('button', { text: 'Show the report', attrs: { type: 'button' } });
  const holder = el('div');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const r = await get(`reports/${encodeURIComponent(c.report_id)}`);
      const text = el('div', { cls: 'report-text' });
      text.append(el('div', { cls: 'report-title', text: r.title }));
      text.append(highlighted(r.text, ev.begin, ev.end, 'sentence'));
      holder.replaceChildren(text);
      button.hidden = true;
    } catch (err) {
      holder.replaceChildren(el('p', { cls: 'error', text: `Cannot load the report: ${err.message}` }));
      button.disabled = false;
    }
  });
  card.append(button, holder);
  return card;
}
