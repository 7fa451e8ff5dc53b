import { useEffect, useRef, useState } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useI18n } from '../../lib/i18n/i18n-context';
import type { MapOrganization } from './EcosystemPage';
import '../../lib/i18n/ecosystem-messages';

const TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * Where the organisations are, on OpenStreetMap tiles when the browser reaches them. Markers are
 * vector circles (no images), so without tiles the positions still show; the list beside says
 * the same for screen readers, and a note says when the background failed.
 */
export function PositionsMap({ organizations }: { organizations: MapOrganization[] }) {
  const { t } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  // The map is drawn again only when the positions change, not on every render of the page.
  const key = organizations.map((o) => `${o.id}:${o.location?.latitude},${o.location?.longitude}:${o.name}`).join('|');
  const latest = useRef(organizations);
  latest.current = organizations;

  useEffect(() => {
    if (!element.current) return;
    const map = L.map(element.current, { scrollWheelZoom: false, attributionControl: true });
    L.tileLayer(TILES, { maxZoom: 19, attribution: t('eco.map.attribution') })
      .on('tileerror', () => setTilesFailed(true))
      .addTo(map);
    const points: L.LatLngExpression[] = [];
    for (const organization of latest.current) {
      if (!organization.location) continue;
      const point: L.LatLngExpression = [organization.location.latitude, organization.location.longitude];
      points.push(point);
      const label = document.createElement('a');
      label.href = `/organizations/${organization.id}`;
      label.textContent = organization.name;
      L.circleMarker(point, { radius: 8, color: '#1d4e89', weight: 2, fillColor: '#2f7bd1', fillOpacity: 0.8 }).bindPopup(label).addTo(map);
    }
    if (points.length === 1) map.setView(points[0], 15);
    else map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 16 });
    return () => {
      map.remove();
    };
  }, [key, t]);

  return (
    <>
      <div ref={element} className="eco-map" role="region" aria-label={t('eco.map.label')} />
      {tilesFailed ? (
        <p role="status" className="notice">
          {t('eco.map.tilesFailed')}
        </p>
      ) : null}
    </>
  );
}
