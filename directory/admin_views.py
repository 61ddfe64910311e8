"""Editors' views of the directory: the offline gazetteer behind the location form's map."""

from django.http import JsonResponse
from django.views.decorators.http import require_safe

from directory import gazetteer
from directory.filters import QUERY_MAX_LENGTH

PLACES_IN_VIEW = 60


def _error(parameter, message):
    return JsonResponse({"error": message, "parameter": parameter}, status=400)


def _place(place):
    return {"name": place.name, "latitude": place.latitude, "longitude": place.longitude}


@require_safe
def place_search(request):
    """`?q=<town>`: {"place": the town's position or null, "suggestions": close spellings}.
    `?bbox=<west>,<south>,<east>,<north>`: the largest towns inside, for orientation."""
    if "bbox" in request.GET:
        try:
            west, south, east, north = (float(part) for part in request.GET["bbox"].split(","))
        except ValueError:
            return _error("bbox", "Give the box as west,south,east,north in degrees.")
        if not (-90 <= south <= north <= 90 and -180 <= west <= east <= 180):
            return _error("bbox", "The box must lie within ±90° latitude and ±180° longitude.")
        places = gazetteer.places_within(south, west, north, east, PLACES_IN_VIEW)
        return JsonResponse({"places": [_place(place) for place in places]})
    name = request.GET.get("q", "").strip()
    if not name or len(name) > QUERY_MAX_LENGTH or "\x00" in name:
        return _error("q", f"Give a town name of 1 to {QUERY_MAX_LENGTH} characters.")
    try:
        place = gazetteer.resolve(name)
    except gazetteer.UnknownPlace as unknown:
        return JsonResponse({"place": None, "suggestions": unknown.suggestions})
    return JsonResponse({"place": _place(place), "suggestions": []})
