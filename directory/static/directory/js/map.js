/* The directory map: an enhancement of the server-rendered list.
   Nothing is requested from another server until the reader chooses "Show map";
   that choice is remembered on this device only (localStorage), never sent anywhere. */
(function () {
  "use strict";

  var CHOICE_KEY = "willkommen.showMap";

  function remembered() {
    try { return window.localStorage.getItem(CHOICE_KEY) === "yes"; } catch (e) { return false; }
  }

  function remember(value) {
    try {
      if (value) { window.localStorage.setItem(CHOICE_KEY, "yes"); }
      else { window.localStorage.removeItem(CHOICE_KEY); }
    } catch (e) { /* private mode: the choice lasts for this page only */ }
  }

  function loadStyle(href) {
    if (document.querySelector('link[href="' + href + '"]')) { return; }
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.appendChild(link);
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      if (!src) { resolve(); return; }
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text == null ? "" : String(text);
    return div.innerHTML;
  }

  function addTiles(map, section) {
    var tiles = section.getAttribute("data-tiles");
    if (tiles) {
      window.L.tileLayer(tiles, {
        maxZoom: 18,
        attribution: escapeHtml(section.getAttribute("data-attribution"))
      }).addTo(map);
    }
  }

  function showDirectory(map, section) {
    return fetch(section.getAttribute("data-api"), { headers: { Accept: "application/geo+json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var layer = window.L.markerClusterGroup ? window.L.markerClusterGroup() : window.L.featureGroup();
        (data.features || []).forEach(function (feature) {
          var coordinates = feature.geometry.coordinates;
          var names = feature.properties.categories.map(function (slug) {
            return data.categories[slug] ? data.categories[slug].name : slug;
          });
          var marker = window.L.marker([coordinates[1], coordinates[0]], { title: feature.properties.name });
          marker.bindPopup(
            '<a href="' + escapeHtml(feature.properties.url) + '">' + escapeHtml(feature.properties.name) + "</a><br>" +
            escapeHtml(feature.properties.city) + "<br><small>" + escapeHtml(names.join(", ")) + "</small>"
          );
          layer.addLayer(marker);
        });
        layer.addTo(map);
        section.setAttribute("data-marker-count", String((data.features || []).length));
        if (data.centre) {
          var centre = [data.centre.coordinates[1], data.centre.coordinates[0]];
          window.L.circle(centre, { radius: data.centre.radius_km * 1000, weight: 1, fillOpacity: 0.05 }).addTo(map);
        }
        if (layer.getLayers().length) {
          map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 14 });
        } else {
          map.setView([53.63, 12.43], 7);
        }
      });
  }

  function showMap(section) {
    var consent = section.querySelector("[data-map-consent]");
    var canvas = section.querySelector("[data-map-canvas]");
    var hide = section.querySelector("[data-map-hide]");
    (section.getAttribute("data-styles") || "").split(" ").forEach(function (href) {
      if (href) { loadStyle(href); }
    });
    return loadScript(section.getAttribute("data-leaflet"))
      .then(function () { return loadScript(section.getAttribute("data-cluster")); })
      .then(function () {
        consent.hidden = true;
        canvas.hidden = false;
        hide.hidden = false;
        var map = window.L.map(canvas, { scrollWheelZoom: false });
        addTiles(map, section);
        if (section.hasAttribute("data-single")) {
          var point = [parseFloat(section.getAttribute("data-lat")), parseFloat(section.getAttribute("data-lng"))];
          window.L.marker(point, { title: section.getAttribute("data-name") }).addTo(map);
          map.setView(point, 15);
          section.setAttribute("data-marker-count", "1");
          return map;
        }
        return showDirectory(map, section).then(function () { return map; });
      })
      .then(function (map) {
        section.setAttribute("data-map-ready", "");
        hide.addEventListener("click", function () {
          remember(false);
          map.remove();
          canvas.hidden = true;
          hide.hidden = true;
          consent.hidden = false;
        }, { once: true });
      });
  }

  function setUpMap(section) {
    section.hidden = false;
    section.querySelector("[data-map-show]").addEventListener("click", function () {
      remember(true);
      showMap(section);
    });
    if (remembered()) { showMap(section); }
  }

  function setUpLocate(form) {
    var near = form.querySelector("[data-near]");
    form.querySelector('[name="place"]').addEventListener("input", function () { near.value = ""; });
    var button = form.querySelector("[data-locate]");
    if (!button || !("geolocation" in navigator)) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(function (position) {
        near.value =
          position.coords.latitude.toFixed(5) + "," + position.coords.longitude.toFixed(5);
        form.querySelector('[name="place"]').value = "";
        form.submit();
      }, function () {
        button.disabled = false;
      }, { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 });
    });
  }

  document.querySelectorAll("[data-map]").forEach(setUpMap);
  document.querySelectorAll(".directory-filter").forEach(setUpLocate);
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
