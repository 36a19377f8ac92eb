// citycoop's service worker: the wallet works offline. The wallet and each voucher page opened online
// are kept (with their QR codes, which are in the page) and shown when there is no network; styles,
// scripts and icons come from the cache first. Nothing else is kept: dashboards, checkout and every
// form always go to the server. Signing out deletes what was kept (js/pwa.js).
//
// Drawn by the server for each build (assets/ServiceWorker.java): VERSION is made of the hashes of all
// assets and OFFLINE lists the hashed URLs the wallet needs offline. A build with other assets is a new
// service worker: it keeps the new assets under its own cache, takes over at once and deletes the older
// builds' caches. The kept pages stay: a page kept by an older build names older hashed URLs, which are
// then answered with the current asset of the same name.
const VERSION = '__VERSION__';
const OFFLINE = '__OFFLINE__';
const PAGES = 'citycoop-wallet-v1';
const ASSETS = 'citycoop-assets-' + VERSION;
const HASH = /-[0-9a-f]{32}(?=\.[^./]+$)/;

// the name without its content hash: /js/pwa-0123….js → /js/pwa.js
function bare(path) {
  return path.replace(HASH, '');
}

self.addEventListener('install', event => {
  event.waitUntil(caches.open(ASSETS).then(cache => Promise.all(OFFLINE.map(url => fetch(url).then(response => {
    if (!response.ok) throw new Error(url + ': ' + response.status);
    return Promise.all([cache.put(url, response.clone()), cache.put(bare(url), response)]);
  })))));
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
    // a hashed URL never changes its bytes: the cache first; offline, an older build's URL gets the current asset of that name
    event.respondWith(caches.open(ASSETS).then(cache => cache.match(request).then(kept => kept || fetch(request).then(response => {
      if (response.ok && HASH.test(url.pathname)) cache.put(request, response.clone());
      return response;
    }).catch(() => cache.match(bare(url.pathname)).then(current => current || Response.error())))));
  }
});
