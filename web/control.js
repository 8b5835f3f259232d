// The control layer: who held which place at the end of the brushed date range
// (GET /api/control, the fusion stage's control timeline), one ring per place
// coloured by its holder, dashed when sources disagree, grey when nobody is
// known to hold it. A ring's popup names the holder, the interval and every
// claim behind it with its source, stance and outlet. Popups are built from
// text nodes only (stored text never becomes markup).
import { getJson } from './api.js';
import { el } from './format.js';

const PALETTE = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4'];
export const NOBODY_COLOUR = '#999999';

// Returns the colour of `controller`: one of PALETTE chosen by a hash of its id,
// so a holder keeps its colour across days; grey for nobody known.
export function controllerColour(controller) {
  if (!controller) return NOBODY_COLOUR;
  let h = 0;
  for (const ch of controller.id || controller.name || '') h = (h * 31 + ch.codePointAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

// Returns, of `intervals` (ordered by place, then time, as the API gives them),
// the last one of each place: who holds it at the end of everything known.
export function latestPerPlace(intervals) {
  const last = new Map();
  for (const c of intervals) last.set(c.place.id, c);
  return [...last.values()];
}

// Returns the popup of interval `c`: place, holder, dates, claims with sources.
function popup(c) {
  const box = el('div', null, { class: 'control-popup' });
  box.append(el('strong', c.place.name));
  box.append(el('p', c.controller ? `held by ${c.controller.name}` : 'no holder known'));
  const since = c.from ? `since ${c.from}` : 'since before the first report';
  box.append(el('p', c.until ? `${since}, until ${c.until}` : since));
  if (c.contested) box.append(el('p', 'contested: sources disagree', { class: 'contested' }));
  const claims = el('ul', null, { class: 'claims' });
  for (const claim of c.claims) {
    const who = claim.source && claim.source.name ? claim.source.name : 'unattributed';
    const where = [claim.outlet, claim.lang].filter(Boolean).join(', ');
    const item = el('li', `${who} ${claim.stance}${where ? ` (${where})` : ''}`, { class: claim.stance });
    if (claim.lang) item.setAttribute('lang', claim.lang);
    claims.append(item);
  }
  box.append(el('p', `${c.basis.length} fused event(s), ${c.claims.length} claim(s):`), claims);
  return box;
}

export class ControlLayer {
  constructor(map) {
    this.map = map;
    this.group = L.layerGroup();
    this.visible = false;
    this.request = 0;
  }

  // Draws who held each place on `day` (YYYY-MM-DD), or at the end of all
  // that is known when `day` is null; resolves with the intervals drawn (those
  // whose place has coordinates). A reply older than the latest request is
  // dropped, so fast brushing never shows a stale day.
  async show(day) {
    const request = ++this.request;
    const { intervals } = await getJson('/api/control', day ? { at: day } : {});
    if (request !== this.request) return null;
    const held = day ? intervals : latestPerPlace(intervals);
    this.group.clearLayers();
    const drawn = [];
    for (const c of held) {
      if (c.place.lat === null || c.place.lon === null) continue;
      // Wider than a marker cluster (40 px), so the ring stays clickable around it.
      const ring = L.circleMarker([c.place.lat, c.place.lon], {
        radius: 24, weight: 4, fill: true, fillOpacity: 0.08, color: controllerColour(c.controller),
        dashArray: c.contested ? '6 5' : null, className: 'sitrep-control',
      });
      ring.bindPopup(() => popup(c));
      this.group.addLayer(ring);
      drawn.push(c);
    }
    return drawn;
  }

  setVisible(on) {
    this.visible = on;
    if (on) this.group.addTo(this.map); else this.group.remove();
  }
}
