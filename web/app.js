// The page's controller: filters -> API -> timeline and map; the brushed
// date range filters the markers already loaded; a marker opens its record;
// the Control toggle shows who holds each place at the end of the range.
import { allEvents, docPath, eventPath, getJson } from './api.js';
import { ControlLayer, controllerColour } from './control.js';
import { EVENT_TYPES, typeClass, el } from './format.js';
import { EventMap } from './map.js';
import { renderRecord } from './record.js';
import { Timeline } from './timeline.js';

const state = { filters: {}, events: [], range: null, complete: true };
const status = document.getElementById('status');

function setStatus(text) { status.textContent = text; }

function filtersFromForm() {
  const f = {};
  for (const name of ['type', 'actor', 'country', 'q']) {
    const v = document.getElementById(`filter-${name}`).value.trim();
    if (v) f[name] = v;
  }
  return f;
}

function inRange(e) {
  if (!state.range) return true;
  return e.date && e.date >= state.range[0] && e.date <= state.range[1];
}

function showMarkers() {
  const shown = state.events.filter(inRange);
  const located = app.map.show(shown);
  const range = state.range ? ` from ${state.range[0]} to ${state.range[1]}` : '';
  const more = state.complete ? '' : ' (first 5000 loaded)';
  setStatus(`${shown.length} events${range}, ${located} on the map${more}`);
  status.dataset.shown = String(shown.length);
  status.dataset.located = String(located);
}

// Returns the legend of the holders in `intervals`: a swatch and a name each.
function controlLegend(intervals) {
  const holders = new Map();
  for (const c of intervals) holders.set(c.controller ? c.controller.id : '', c.controller);
  return [...holders.values()].map((holder) => {
    const item = el('span', holder ? holder.name : 'no holder known');
    const swatch = el('span', null, { class: 'swatch control-swatch' });
    swatch.style.borderColor = controllerColour(holder);  // CSSOM, allowed by the page's CSP
    item.prepend(swatch);
    return item;
  });
}

// Redraws the control layer for the end of the brushed range (else the
// latest known) when it is shown.
async function showControl() {
  const legend = document.getElementById('control-legend');
  if (!app.control.visible) {
    legend.replaceChildren();
    delete legend.dataset.places;
    return;
  }
  const at = state.range ? state.range[1] : null;
  try {
    const drawn = await app.control.show(at);
    if (drawn === null) return;  // a newer request is on its way
    legend.replaceChildren(el('span', at ? `held on ${at}:` : 'held now:'), ...controlLegend(drawn));
    legend.dataset.places = String(drawn.length);
    legend.dataset.at = at || '';
  } catch (err) {
    legend.replaceChildren(el('span', `control: ${err.message}`));
  }
}

function updateDownloads() {
  const q = new URLSearchParams(state.filters);
  if (state.range) { q.set('since', state.range[0]); q.set('until', state.range[1]); }
  for (const fmt of ['csv', 'geojson']) {
    q.set('format', fmt);
    document.getElementById(`download-${fmt}`).href = `/api/events?${q}`;
  }
}

async function reload() {
  state.filters = filtersFromForm();
  setStatus('loading…');
  try {
    const [stats, loaded] = await Promise.all([getJson('/api/stats', state.filters), allEvents(state.filters)]);
    state.events = loaded.events;
    state.complete = loaded.complete;
    state.range = null;
    app.timeline.draw(stats.by_day);
    showMarkers();
    updateDownloads();
    await showControl();
  } catch (err) {
    setStatus(`error: ${err.message}`);
  }
}

async function select(id) {
  const panel = document.getElementById('record');
  const body = document.getElementById('record-body');
  try {
    const { event } = await getJson(eventPath(id));
    const doc = await getJson(docPath(event.doc));
    renderRecord(body, event, doc);
    panel.hidden = false;
    app.map.map.invalidateSize();
  } catch (err) {
    body.replaceChildren(el('p', `error: ${err.message}`));
    panel.hidden = false;
  }
}

async function fillChoices() {
  const stats = await getJson('/api/stats');
  const types = document.getElementById('filter-type');
  for (const [name] of EVENT_TYPES) types.append(el('option', name, { value: name }));
  const countries = document.getElementById('filter-country');
  for (const row of stats.by_country) {
    if (row.country) countries.append(el('option', `${row.country} (${row.count})`, { value: row.country }));
  }
  const legend = document.getElementById('timeline-legend');
  for (const [name] of EVENT_TYPES) {
    const item = el('span', name);
    item.prepend(el('span', null, { class: `swatch ${typeClass(name)}` }));
    legend.append(item);
  }
}

const eventMap = new EventMap('map', select);
const app = {
  map: eventMap,
  control: new ControlLayer(eventMap.map),
  timeline: new Timeline('timeline-chart', (range) => {
    state.range = range;
    showMarkers();
    updateDownloads();
    showControl();
  }),
  state,
  ready: null,
};
window.sitrepApp = app;  // for the browser test and the console

let typing = null;
document.getElementById('filters').addEventListener('input', (ev) => {
  clearTimeout(typing);
  typing = setTimeout(reload, ev.target.tagName === 'SELECT' ? 0 : 300);
});
document.getElementById('filters').addEventListener('submit', (ev) => { ev.preventDefault(); reload(); });
document.getElementById('show-control').addEventListener('change', (ev) => {
  app.control.setVisible(ev.target.checked);
  showControl();
});
document.getElementById('record-close').addEventListener('click', () => {
  document.getElementById('record').hidden = true;
  app.map.map.invalidateSize();
});

app.ready = (async () => {
  await Promise.all([app.map.loadBasemap('/lib/countries-50m.json'), fillChoices()]);
  await reload();
  document.body.dataset.ready = 'true';
})().catch((err) => setStatus(`error: ${err.message}`));
