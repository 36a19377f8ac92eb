// citycoop's service worker: the wallet works offline. The wallet and each voucher page opened online
// are kept (with their QR codes, which are in the page) and shown when there is no network; styles,
// scripts and icons come from the cache first. Nothing else is kept: dashboards, checkout and every
// form always go to the server. Signing out deletes what was kept (js/pwa.js).
const PAGES = 'citycoop-wallet-v1';
const ASSETS = 'citycoop-assets-v1';

self.addEventListener('install', event => {
  event.waitUntil(caches.open(ASSETS).then(cache => cache.addAll(['/css/app.css', '/js/pwa.js', '/js/voucher.js', '/icons/icon-192.png'])));
  self.skipWaiting();
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key !== PAGES && key !== ASSETS).map(key => caches.delete(key))))
    .then(() => self.clients.claim()));
});

function walletPage(url) {
  return url.pathname === '/wallet' || /^\/wallet\/vouchers\/[0-9a-f-]{36}$/.test(url.pathname);
}

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && walletPage(url)) {
    // network first: a page shown is the latest one; offline, the last one seen
    event.respondWith(fetch(request).then(response => {
      if (response.ok && !response.redirected) {
        const copy = response.clone();
        caches.open(PAGES).then(cache => cache.put(url.pathname, copy));
      }
      return response;
    }).catch(() => caches.match(url.pathname, { cacheName: PAGES }).then(kept => kept || Response.error())));
    return;
  }
  if (/^\/(css|js|icons|webjars)\//.test(url.pathname)) {
    event.respondWith(caches.match(request, { cacheName: ASSETS }).then(kept => kept || fetch(request).then(response => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(ASSETS).then(cache => cache.put(request, copy));
      }
      return response;
    })));
  }
});
