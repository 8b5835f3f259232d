// The map: an offline basemap of Natural Earth countries (npm world-atlas,
// TopoJSON) under clustered markers coloured by event type. No tile server.
import { typeClass } from './format.js';

// Shifts each point of a ring by ±360° so that no step spans over 180°.
function unwrapRing(ring) {
  let shift = 0;
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i][0] + shift - ring[i - 1][0];
    if (step > 180) shift -= 360;
    else if (step < -180) shift += 360;
    ring[i] = [ring[i][0] + shift, ring[i][1]];
  }
}

function unwrapGeometry(g) {
  if (!g) return;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  for (const polygon of polygons) for (const ring of polygon) unwrapRing(ring);
}

export class EventMap {
  constructor(elementId, onSelect) {
    this.map = L.map(elementId, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([25, 30], 2);
    this.map.attributionControl.addAttribution('Natural Earth (world-atlas)');
    this.cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
    this.map.addLayer(this.cluster);
    this.onSelect = onSelect;
  }

  // Loads the country shapes; resolves when they are drawn.
  async loadBasemap(url) {
    const res = await fetch(url);
    const topo = await res.json();
    const countries = topojson.feature(topo, topo.objects.countries);
    // Antarctica (ISO 010) rings the pole and cannot be drawn flat; rings that
    // cross the antimeridian (Chukotka, Fiji) are unwrapped past ±180 so no
    // stripe is drawn across the whole map.
    countries.features = countries.features.filter((f) => f.id !== '010');
    for (const f of countries.features) unwrapGeometry(f.geometry);
    // Canvas, not SVG: thousands of coastline points redraw fast at any zoom.
    L.geoJSON(countries, {
      renderer: L.canvas({ padding: 0.2 }),
      style: { color: '#8a9aa8', weight: 0.6, fillColor: '#f2efe6', fillOpacity: 1 },
      interactive: false,
    }).addTo(this.map).bringToBack();
  }

  // Shows `events` (those with coordinates) as markers.
  show(events) {
    this.cluster.clearLayers();
    const markers = [];
    for (const e of events) {
      if (!e.place || e.place.lat === null || e.place.lon === null) continue;
      const icon = L.divIcon({ className: `sitrep-dot ${typeClass(e.event_type)}`, iconSize: [14, 14] });
      const marker = L.marker([e.place.lat, e.place.lon], { icon, title: `${e.event_type}: ${e.place.name}`, keyboard: true });
      marker.on('click', () => this.onSelect(e.id));
      markers.push(marker);
    }
    this.cluster.addLayers(markers);
    return markers.length;
  }
}
