// The shop finder's map (Leaflet): a circle per shop with a location, its name and address on click;
// the map fits the shops found. The list beside it holds the same shops for everyone without a map.
(() => {
  'use strict';
  const shops = JSON.parse(document.getElementById('shops-data').textContent).filter(s => s.lat !== null && s.lon !== null);
  const element = document.getElementById('map');
  if (!shops.length) { element.hidden = true; return; }
  const map = L.map(element, { scrollWheelZoom: false });
  L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: element.dataset.attribution }).addTo(map);
  const points = shops.map(shop => {
    const marker = L.circleMarker([shop.lat, shop.lon], { radius: 9, color: '#0b5d3b', weight: 2, fillColor: '#1f8a5c', fillOpacity: .8 }).addTo(map);
    const popup = document.createElement('div');
    const name = document.createElement('strong');
    name.textContent = shop.name;
    popup.append(name, document.createElement('br'), document.createTextNode(shop.address));
    marker.bindPopup(popup);
    marker.getElement && marker.getElement() && marker.getElement().setAttribute('data-shop', shop.name);
    return [shop.lat, shop.lon];
  });
  map.fitBounds(points, { padding: [24, 24], maxZoom: 14 });
})();
