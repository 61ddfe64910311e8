/* What a reader's browser adds to every public page: the service worker that keeps pages
   readable offline, sharing and printing, and places saved for offline reading.
   Saved places stay on this device (localStorage and the browser's cache); nothing is
   sent to the server. Every button here is hidden until this script shows it. */
(function () {
  "use strict";

  var SAVED_KEY = "willkommen.savedPlaces";
  var SAVED_CACHE = "willkommen-saved"; /* the same name in the service worker */
  var MAX_SAVED = 50;
  var script = document.currentScript;

  function say(region, text) {
    /* Emptied first, so that the same message twice is announced twice. */
    region.textContent = "";
    window.setTimeout(function () { region.textContent = text; }, 50);
  }

  function savedPlaces() {
    try {
      var places = JSON.parse(window.localStorage.getItem(SAVED_KEY) || "[]");
      return Array.isArray(places) ? places : [];
    } catch (e) {
      return [];
    }
  }

  function storePlaces(places) {
    try {
      window.localStorage.setItem(SAVED_KEY, JSON.stringify(places));
      return true;
    } catch (e) {
      return false;
    }
  }

  function withSavedCache(action) {
    if (!("caches" in window)) { return Promise.resolve(); }
    return window.caches.open(SAVED_CACHE).then(action).catch(function () {});
  }

  function forget(url) {
    storePlaces(savedPlaces().filter(function (place) { return place.url !== url; }));
    return withSavedCache(function (cache) { return cache.delete(url); });
  }

  function save(place) {
    var places = savedPlaces().filter(function (saved) { return saved.url !== place.url; });
    places.push(place);
    var dropped = places.splice(0, Math.max(places.length - MAX_SAVED, 0));
    if (!storePlaces(places)) { return Promise.reject(new Error("storage")); }
    return withSavedCache(function (cache) {
      return Promise.all(dropped.map(function (old) { return cache.delete(old.url); }))
        .then(function () { return cache.add(place.url); });
    });
  }

  function isSaved(url) {
    return savedPlaces().some(function (place) { return place.url === url; });
  }

  function registerWorker() {
    if (!("serviceWorker" in navigator) || !script) { return; }
    navigator.serviceWorker.register(script.getAttribute("data-service-worker"), { scope: "/" })
      .catch(function () { /* no worker (private mode, plain http): the site works online */ });
  }

  function setUpShare(tools) {
    var status = tools.querySelector("[data-share-status]");
    var url = tools.getAttribute("data-url");
    var share = tools.querySelector("[data-share]");
    var copy = tools.querySelector("[data-copy-link]");
    if (navigator.share) {
      share.hidden = false;
      share.addEventListener("click", function () {
        navigator.share({ title: tools.getAttribute("data-title"), url: url })
          .catch(function () { /* the reader closed the share sheet */ });
      });
    } else if (navigator.clipboard && navigator.clipboard.writeText) {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(url).then(function () {
          say(status, copy.getAttribute("data-done"));
        }, function () {
          say(status, copy.getAttribute("data-failed") + " " + url);
        });
      });
    }
  }

  function setUpPrint(button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }

  /* Printed links show their address (site.css prints data-print-href after the link). */
  function markPrintedLinks() {
    document.querySelectorAll("main a[href]").forEach(function (link) {
      if (/^https?:/.test(link.href) && link.getAttribute("href").charAt(0) !== "#") {
        link.setAttribute("data-print-href", link.href);
      }
    });
  }

  function setUpSave(button) {
    var status = document.querySelector("[data-save-status]");
    var place = {
      url: button.getAttribute("data-url"),
      name: button.getAttribute("data-name"),
      nameLanguage: button.getAttribute("data-name-language"),
      town: button.getAttribute("data-town"),
      townLanguage: button.getAttribute("data-town-language")
    };
    function show() {
      button.setAttribute("aria-pressed", isSaved(place.url) ? "true" : "false");
    }
    button.hidden = false;
    show();
    button.addEventListener("click", function () {
      var done = isSaved(place.url) ? forget(place.url).then(function () { return "data-removed"; })
        : save(place).then(function () { return "data-done"; });
      done.then(function (message) {
        show();
        say(status, button.getAttribute(message));
      }, function () {
        show();
        say(status, button.getAttribute("data-failed"));
      });
    });
  }

  /* Text in another language than the page's is marked as such (a German name on an
     Arabic page). */
  function mark(element, language, reading) {
    if (language && language !== reading) {
      element.lang = language;
      element.dir = "auto";
    }
  }

  function listSaved(list) {
    var empty = document.querySelector("[data-saved-empty]");
    var template = document.querySelector("[data-saved-template]");
    var places = savedPlaces();
    var reading = document.documentElement.lang;
    list.textContent = "";
    places.forEach(function (place) {
      var item = template.content.firstElementChild.cloneNode(true);
      var link = item.querySelector("a");
      link.href = place.url;
      link.textContent = place.name;
      mark(link, place.nameLanguage, reading);
      var town = item.querySelector("[data-town]");
      town.textContent = place.town;
      mark(town, place.townLanguage, reading);
      var remove = item.querySelector("button");
      var removed = remove.querySelector("[data-name]");
      removed.textContent = place.name;
      mark(removed, place.nameLanguage, reading);
      remove.addEventListener("click", function () {
        forget(place.url).then(function () {
          listSaved(list);
          var heading = document.getElementById("saved-heading");
          if (heading) { heading.focus(); }
        });
      });
      list.appendChild(item);
    });
    list.hidden = !places.length;
    empty.hidden = !!places.length;
  }

  registerWorker();
  document.querySelectorAll("[data-share-tools]").forEach(setUpShare);
  document.querySelectorAll("[data-print]").forEach(setUpPrint);
  document.querySelectorAll("[data-save-place]").forEach(setUpSave);
  document.querySelectorAll("[data-saved-places]").forEach(listSaved);
  document.querySelectorAll("[data-reload]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.location.reload(); });
  });
  markPrintedLinks();
})();
