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

  /* Leaflet guesses the address of its marker images from its stylesheet's location,
     which the hashed file names of our static files defeat: name them explicitly. */
  function markerIcon(section) {
    return window.L.icon({
      iconUrl: section.getAttribute("data-marker-icon"),
      iconRetinaUrl: section.getAttribute("data-marker-icon-2x"),
      shadowUrl: section.getAttribute("data-marker-shadow"),
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
      tooltipAnchor: [16, -28],
      shadowSize: [41, 41]
    });
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
        var icon = markerIcon(section);
        (data.features || []).forEach(function (feature) {
          var coordinates = feature.geometry.coordinates;
          var names = feature.properties.categories.map(function (slug) {
            return data.categories[slug] ? data.categories[slug].name : slug;
          });
          var name = feature.properties.name;
          var marker = window.L.marker([coordinates[1], coordinates[0]], { icon: icon, title: name, alt: name });
          var language = feature.properties.language;
          var marked = language && language !== document.documentElement.lang
            ? ' lang="' + escapeHtml(language) + '" dir="auto"'
            : "";
          marker.bindPopup(
            '<a href="' + escapeHtml(feature.properties.url) + '"' + marked + ">" + escapeHtml(name) + "</a><br>" +
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

  /* moveFocus: the reader pressed "Show map", whose button is now gone, so their focus
     moves to the map; a map shown on page load leaves the focus where it is. */
  function showMap(section, moveFocus) {
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
        canvas.setAttribute("role", "group");
        canvas.setAttribute("aria-label", section.getAttribute("data-map-label"));
        addTiles(map, section);
        if (section.hasAttribute("data-single")) {
          var point = [parseFloat(section.getAttribute("data-lat")), parseFloat(section.getAttribute("data-lng"))];
          var name = section.getAttribute("data-name");
          window.L.marker(point, { icon: markerIcon(section), title: name, alt: name }).addTo(map);
          map.setView(point, 15);
          section.setAttribute("data-marker-count", "1");
          return map;
        }
        return showDirectory(map, section).then(function () { return map; });
      })
      .then(function (map) {
        section.setAttribute("data-map-ready", "");
        if (moveFocus) { canvas.focus(); }
        hide.addEventListener("click", function () {
          remember(false);
          map.remove();
          canvas.hidden = true;
          hide.hidden = true;
          consent.hidden = false;
          section.querySelector("[data-map-show]").focus();
        }, { once: true });
      });
  }

  function setUpMap(section) {
    section.hidden = false;
    section.querySelector("[data-map-show]").addEventListener("click", function () {
      remember(true);
      showMap(section, true);
    });
    if (remembered()) { showMap(section, false); }
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
})();
