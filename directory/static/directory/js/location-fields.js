/* The location form's position and town fields (directory/panels.py), offline.
   Built on wagtailgeowidget's LeafletField and GeocoderField classes: their storage and
   their typed-position handling stay, while the map comes from our own Leaflet, shows the
   gazetteer's towns, takes a click to place the marker, and loads map images only after
   the editor chooses them. Town names go to our own gazetteer, never to another server. */
(function () {
  "use strict";

  var TILES_CHOICE = "willkommen.editorMapImages";

  function tilesChosen() {
    try { return window.localStorage.getItem(TILES_CHOICE) === "yes"; } catch (e) { return false; }
  }

  function chooseTiles() {
    try { window.localStorage.setItem(TILES_CHOICE, "yes"); } catch (e) { /* this page only */ }
  }

  function LocationPointField(options) {
    this.icons = options.icons;
    this.placesUrl = options.placesUrl;
    this.imagesButton = document.querySelector("#" + options.id + "_map ~ .location-point__images [data-map-images]");
    LeafletField.call(this, options);
  }

  LocationPointField.prototype = Object.create(LeafletField.prototype);
  LocationPointField.prototype.constructor = LocationPointField;

  LocationPointField.prototype.initMap = function (mapEl, defaultLocation) {
    var self = this;
    var map = window.L.map(mapEl[0]).setView(defaultLocation, this.zoom);
    var icon = window.L.icon({
      iconUrl: this.icons.iconUrl,
      iconRetinaUrl: this.icons.iconRetinaUrl,
      shadowUrl: this.icons.shadowUrl,
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      shadowSize: [41, 41]
    });
    this.map = map;
    this.marker = window.L.marker(defaultLocation, {
      draggable: true, icon: icon, alt: this.translations.marker, title: this.translations.marker
    }).addTo(map);
    this.towns = window.L.layerGroup().addTo(map);
    map.on("click", function (event) { self.placeAt(event.latlng); });
    map.on("moveend", function () { self.showTowns(); });
    this.setUpImages();
    this.showTowns();
  };

  LocationPointField.prototype.placeAt = function (latLng) {
    var rounded = window.L.latLng(
      Math.round(latLng.lat * 1e6) / 1e6, Math.round(latLng.lng * 1e6) / 1e6
    );
    this.setMapPosition(rounded);
    this.updateLatLng(rounded);
    this.writeLocation(rounded);
    this.clearFieldMessage({ field: this.latLngField });
  };

  LocationPointField.prototype.initEvents = function () {
    var self = this;
    LeafletField.prototype.initEvents.call(this);
    // A town found centres the map; only a location without a position yet is put there,
    // so that a precise position is never lost by editing the town.
    this.addressField.off("searchGeocoded").on("searchGeocoded", function (_event, latLng) {
      var point = window.L.latLng(parseFloat(latLng.lat), parseFloat(latLng.lng));
      if (self.getValue()) {
        self.map.setView(point, 13);
      } else {
        self.placeAt(point);
        self.map.setView(point, 13);
      }
    });
  };

  LocationPointField.prototype.setUpImages = function () {
    var self = this;
    if (!this.tileLayer || !this.imagesButton) { return; }
    function show() {
      window.L.tileLayer(self.tileLayer, Object.assign({ maxZoom: 19 }, self.tileLayerOptions)).addTo(self.map);
      self.imagesButton.parentNode.hidden = true;
    }
    this.imagesButton.addEventListener("click", function () {
      chooseTiles();
      show();
    });
    if (tilesChosen()) { show(); }
  };

  LocationPointField.prototype.showTowns = function () {
    var self = this;
    var bounds = this.map.getBounds();
    function clamp(value, limit) { return Math.max(-limit, Math.min(limit, value)).toFixed(4); }
    var box = [
      clamp(bounds.getWest(), 180), clamp(bounds.getSouth(), 90),
      clamp(bounds.getEast(), 180), clamp(bounds.getNorth(), 90)
    ];
    fetch(this.placesUrl + "?" + new URLSearchParams({ bbox: box.join(",") }), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { places: [] }; })
      .then(function (data) {
        self.towns.clearLayers();
        data.places.forEach(function (place) {
          window.L.circleMarker([place.latitude, place.longitude], {
            radius: 3, weight: 1, color: "#333", fillOpacity: 0.8, interactive: false
          }).bindTooltip(place.name, { permanent: true, direction: "right", className: "location-point__town" })
            .addTo(self.towns);
        });
      });
  };

  class LocationPointController extends window.StimulusModule.Controller {
    static values = { options: Object };

    connect() {
      var options = Object.assign({}, this.optionsValue, { id: this.element.id });
      var namespace = "id_";
      if (this.element.id.indexOf("-") !== -1) {
        namespace = this.element.id.split("-").slice(0, -1).join("-") + "-";
      }
      if (options.addressField) { options.addressSelector = "#" + namespace + options.addressField; }
      if (options.zoomField) { options.zoomSelector = "#" + namespace + options.zoomField; }
      new LocationPointField(options);
    }
  }

  function TownSearchField(options) {
    GeocoderField.call(this, options);
    this.placesUrl = options.placesUrl;
    this.delayTime = 600;
  }

  TownSearchField.prototype = Object.create(GeocoderField.prototype);
  TownSearchField.prototype.constructor = TownSearchField;

  TownSearchField.prototype.geocodeSearch = function (query) {
    var self = this;
    fetch(this.placesUrl + "?" + new URLSearchParams({ q: query }), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { place: null, suggestions: [] }; })
      .then(function (data) {
        if (!data.place) {
          var text = self.translations.unknown.replace("%s", query);
          if (data.suggestions && data.suggestions.length) {
            text += " " + self.translations.suggestions + " " + data.suggestions.join(", ");
          }
          self.displayWarning(escapeText(text), { field: self.field });
          return;
        }
        self.displaySuccess(escapeText(self.translations.found.replace("%s", data.place.name)), { field: self.field });
        self.field.trigger("searchGeocoded", [{ lat: data.place.latitude, lng: data.place.longitude }]);
      });
  };

  function escapeText(text) {
    var div = document.createElement("div");
    div.textContent = text;
    return div.innerHTML;
  }

  class TownSearchController extends window.StimulusModule.Controller {
    static values = { options: Object };

    connect() {
      new TownSearchField(Object.assign({}, this.optionsValue, { id: this.element.id }));
    }
  }

  window.wagtail.app.register("location-point", LocationPointController);
  window.wagtail.app.register("town-search", TownSearchController);
})();
