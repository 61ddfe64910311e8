/* Willkommen's service worker: keeps what a reader opened readable without a connection.

   - Pages (navigations to /<language>/...): from the network first; a copy of each public
     page is kept, and shown when the network fails. A page is kept only when it is the
     same for every reader of its address: answered 200 in the language of its address,
     not private, and varying on nothing but the compression. Every address carries its
     language, so a page is never shown for another language's address.
   - Other navigations without a connection: the offline page in the address's language
     (or the reader's), kept from the start. It lists the places the reader saved.
   - Static files whose names carry their content's hash: from the kept copy first (a new
     version has a new name); others from the network first.
   - The directory's GeoJSON (the only part of /api/ kept) and page images: network first.
   - Saved places: their pages are put in the "saved" cache by the page script
     (reader.js); they are never dropped to make room.
   Never touched: the admin, anything but GET, other hosts. Each cache keeps a bounded
   number of entries, the oldest dropped first; caches of older versions are deleted
   when this worker takes over. Nothing is sent anywhere. */
"use strict";

var CONFIG = /* CONFIG */ {};

var OFFLINE = "willkommen-offline-" + CONFIG.version;
var PAGES = "willkommen-pages";
var STATIC = "willkommen-static";
var DATA = "willkommen-data";
var IMAGES = "willkommen-images";
var SAVED = "willkommen-saved"; /* the same name in reader.js */
var LIMITS = {};
LIMITS[PAGES] = 60;
LIMITS[STATIC] = 60;
LIMITS[DATA] = 10;
LIMITS[IMAGES] = 40;
var CURRENT = [OFFLINE, PAGES, STATIC, DATA, IMAGES, SAVED];
/* Django's manifest storage names a file name.<12 hex digits>.ext. */
var HASHED = /\.[0-9a-f]{12}\.[a-z0-9]+$/;
var MATCH = { ignoreVary: true };

function languageOf(url) {
  var first = url.pathname.split("/")[1];
  return CONFIG.languages.indexOf(first) >= 0 ? first : null;
}

function readerLanguage() {
  var wanted = (self.navigator && self.navigator.languages) || [];
  for (var i = 0; i < wanted.length; i++) {
    var code = wanted[i].toLowerCase().split("-")[0];
    if (CONFIG.languages.indexOf(code) >= 0) { return code; }
  }
  return CONFIG.defaultLanguage;
}

function headerTokens(response, name) {
  return (response.headers.get(name) || "").toLowerCase().split(",")
    .map(function (token) { return token.trim().split("=")[0]; })
    .filter(Boolean);
}

/* What the server's page cache would share between readers may be kept (see
   welcome/foundation/page_cache.py). */
function isPublicPage(response, language) {
  if (response.status !== 200 || response.type !== "basic" || response.redirected) { return false; }
  if ((response.headers.get("Content-Type") || "").indexOf("text/html") !== 0) { return false; }
  if (response.headers.get("Content-Language") !== language) { return false; }
  if (headerTokens(response, "Cache-Control").some(function (directive) {
    return directive === "private" || directive === "no-store" || directive === "no-cache";
  })) { return false; }
  return headerTokens(response, "Vary").every(function (field) { return field === "accept-encoding"; });
}

function isKeepable(response) {
  return response.status === 200 && response.type === "basic" && !response.redirected &&
    !headerTokens(response, "Cache-Control").some(function (directive) {
      return directive === "private" || directive === "no-store";
    });
}

/* Drops the oldest entries beyond the cache's limit (keys come in the order they were put). */
function trim(name) {
  return caches.open(name).then(function (cache) {
    return cache.keys().then(function (keys) {
      var extra = keys.length - LIMITS[name];
      return Promise.all(keys.slice(0, Math.max(extra, 0)).map(function (key) { return cache.delete(key); }));
    });
  });
}

function keep(name, request, response) {
  return caches.open(name)
    .then(function (cache) { return cache.put(request, response); })
    .then(function () { return trim(name); })
    .catch(function () { /* storage full or refused: the reader still has the page */ });
}

function offlinePage(language) {
  return caches.open(OFFLINE)
    .then(function (cache) { return cache.match(CONFIG.offlinePages[language || readerLanguage()]); })
    .then(function (page) { return page || Response.error(); });
}

function navigation(event, url) {
  var language = languageOf(url);
  return fetch(event.request).then(function (response) {
    if (language && isPublicPage(response, language)) {
      event.waitUntil(keep(PAGES, event.request, response.clone()));
    }
    return response;
  }, function () {
    return caches.match(event.request, MATCH).then(function (kept) {
      return kept || offlinePage(language);
    });
  });
}

function networkFirst(event, name) {
  return fetch(event.request).then(function (response) {
    if (isKeepable(response)) { event.waitUntil(keep(name, event.request, response.clone())); }
    return response;
  }, function () {
    return caches.open(name)
      .then(function (cache) { return cache.match(event.request, MATCH); })
      .then(function (kept) { return kept || Response.error(); });
  });
}

function cacheFirst(event, name) {
  return caches.match(event.request, MATCH).then(function (kept) {
    return kept || networkFirst(event, name);
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.indexOf(CONFIG.adminPrefix) === 0) { return; }
  if (request.mode === "navigate") {
    event.respondWith(navigation(event, url));
  } else if (url.pathname.indexOf(CONFIG.staticUrl) === 0) {
    event.respondWith(HASHED.test(url.pathname) ? cacheFirst(event, STATIC) : networkFirst(event, STATIC));
  } else if (url.pathname === CONFIG.geojson) {
    event.respondWith(networkFirst(event, DATA));
  } else if (url.pathname.indexOf(CONFIG.mediaUrl + "images/") === 0) {
    event.respondWith(networkFirst(event, IMAGES));
  }
});

self.addEventListener("install", function (event) {
  var pages = Object.keys(CONFIG.offlinePages).map(function (code) { return CONFIG.offlinePages[code]; });
  event.waitUntil(
    Promise.all([
      caches.open(OFFLINE).then(function (cache) { return cache.addAll(pages); }),
      /* In the lasting static cache: pages kept under an older worker still find them. */
      caches.open(STATIC).then(function (cache) { return cache.addAll(CONFIG.precache); })
    ]).then(function () { return self.skipWaiting(); })
  );
});

/* The page that registered the worker was loaded before the worker existed: keep a copy
   of it too, so that the first page a reader opened is readable offline like the rest. */
function keepOpenPages() {
  return self.clients.matchAll({ type: "window" }).then(function (windows) {
    return Promise.all(windows.map(function (client) {
      var url = new URL(client.url);
      var language = languageOf(url);
      if (url.origin !== self.location.origin || !language) { return null; }
      return caches.match(url.href, MATCH).then(function (kept) {
        if (kept) { return null; }
        return fetch(url.href, { credentials: "same-origin" }).then(function (response) {
          return isPublicPage(response, language) ? keep(PAGES, url.href, response) : null;
        }, function () { return null; });
      });
    }));
  });
}

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys()
      .then(function (names) {
        return Promise.all(names.filter(function (name) { return CURRENT.indexOf(name) < 0; })
          .map(function (name) { return caches.delete(name); }));
      })
      .then(function () { return self.clients.claim(); })
      .then(keepOpenPages)
  );
});
