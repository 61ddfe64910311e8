"""The editors' position and town fields of a location, built on wagtailgeowidget, offline.

wagtailgeowidget's own widgets load Leaflet from a CDN, request map images from
OpenStreetMap at once and send typed addresses to Nominatim: without internet there is
no map and no position can be set, and editors' addresses leave the server. These
subclasses keep its storage format (`SRID=4326;POINT(lng lat)`) and its JavaScript
field class, and change what leaves the machine:

- Leaflet comes from our own static files, with explicit marker images;
- the position is typed ("latitude, longitude"), set by a click on the map or by
  dragging the marker;
- the map shows the towns of the offline gazetteer for orientation; map images from
  `MAP_TILE_URL` appear only after the editor chooses them (remembered in the browser),
  as on the public map;
- typing the town asks our own gazetteer (`directory.admin_views.place_search`): the map
  moves there, and a location that has no position yet gets the town's.
"""

import json

from django import forms
from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.admin.telepath import register
from wagtail.admin.telepath.widgets import WidgetAdapter
from wagtailgeowidget.panels import GeoAddressPanel, LeafletPanel
from wagtailgeowidget.widgets import GeocoderField, LeafletField

LEAFLET = "directory/vendor/leaflet/"


def _media():
    """Both fields share one script, which builds on both of wagtailgeowidget's classes."""
    return forms.Media(
        css={"all": (f"{LEAFLET}leaflet.css", "wagtailgeowidget/css/leaflet-field.css")},
        js=(
            f"{LEAFLET}leaflet.js",
            "wagtailgeowidget/js/leaflet-field.js",
            "wagtailgeowidget/js/geocoder-field.js",
            "directory/js/location-fields.js",
        ),
    )


def _marker_icons():
    return {
        "iconUrl": static(f"{LEAFLET}images/marker-icon.png"),
        "iconRetinaUrl": static(f"{LEAFLET}images/marker-icon-2x.png"),
        "shadowUrl": static(f"{LEAFLET}images/marker-shadow.png"),
    }


class LocationPointWidget(LeafletField):
    def build_attrs(self, *args, **kwargs):
        attrs = super().build_attrs(*args, **kwargs)
        options = json.loads(attrs.pop("data-leaflet-field-options-value"))
        options.update(
            {
                "tileLayer": settings.MAP_TILE_URL,
                "tileLayerOptions": {"attribution": settings.MAP_TILE_ATTRIBUTION},
                "icons": _marker_icons(),
                "placesUrl": reverse("directory_place_search"),
                "translations": {
                    **options["translations"],
                    "error_message_invalid_location": _(
                        "Type the position as latitude, longitude, for example 53.4267, 11.8488."
                    ),
                    "marker": _("Position of the location"),
                },
            }
        )
        attrs["data-controller"] = "location-point"
        attrs["data-location-point-options-value"] = json.dumps(options)
        return attrs

    @property
    def media(self):
        return _media()

    def render(self, name, value, attrs=None, renderer=None):
        self.value_data = value
        point = forms.HiddenInput.render(self, name, value, attrs)
        field_id = attrs["id"]
        tiles = settings.MAP_TILE_URL
        return format_html(
            '{point}<div class="input location-point">'
            '<label class="w-field__label" for="{id}_latlng">{label}</label>'
            '<input id="{id}_latlng" class="leaflet-field-location" maxlength="60" '
            'type="text" inputmode="decimal" autocomplete="off" aria-describedby="{id}_help">'
            '<p class="help" id="{id}_help">{help}</p>'
            "</div>"
            '<div id="{id}_map" class="leaflet-field"></div>'
            '<p class="location-point__images">{tiles_choice}</p>',
            point=point,
            id=field_id,
            label=_("Latitude, longitude"),
            help=_(
                "Type it, click the map, or drag the marker. The map shows the towns "
                "around; type the town above to move the map there."
            ),
            tiles_choice=format_html(
                '<button type="button" class="button button-small button-secondary" '
                "data-map-images>{show}</button> {note}",
                show=_("Show map images"),
                note=_("Map images come from another server: %(host)s")
                % {"host": tiles.split("/")[2] if "//" in tiles else tiles},
            )
            if tiles
            else "",
        )


class TownSearchWidget(GeocoderField):
    def build_attrs(self, *args, **kwargs):
        attrs = super().build_attrs(*args, **kwargs)
        options = json.loads(attrs.pop("data-geocoder-field-options-value"))
        attrs.pop("data-geocoder-field-geocoder-value")
        options["placesUrl"] = reverse("directory_place_search")
        options["translations"] = {
            "found": _(
                "The map now shows %s. Click the map or drag the marker to the exact place."
            ),
            "unknown": _("The gazetteer does not know %s."),
            "suggestions": _("Did you mean:"),
        }
        attrs["data-controller"] = "town-search"
        attrs["data-town-search-options-value"] = json.dumps(options)
        return attrs

    @property
    def media(self):
        return _media()


# The admin describes every form field to its scripts (telepath); wagtailgeowidget's own
# descriptions of these widgets would name OpenStreetMap's tiles and Nominatim. Ours are
# plain widgets whose behaviour comes from location-fields.js.
register(WidgetAdapter(), LocationPointWidget)
register(WidgetAdapter(), TownSearchWidget)


class LocationPointPanel(LeafletPanel):
    def widget_overrides(self):
        overrides = super().widget_overrides()
        widget = overrides[self.field_name]
        overrides[self.field_name] = LocationPointWidget(
            address_field=widget.address_field,
            zoom_field=widget.zoom_field,
            hide_latlng=False,
            zoom=widget.zoom,
            srid=widget.srid,
            id_prefix="id_",
        )
        return overrides


class TownSearchPanel(GeoAddressPanel):
    def widget_overrides(self):
        return {self.field_name: TownSearchWidget()}
