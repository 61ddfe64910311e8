"""schema.org JSON-LD for a location page, so that search engines and assistants know
the address, position, opening hours and languages of a place."""

import datetime
import json

MIDNIGHT = datetime.time()
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def location_json_ld(location, url, categories, hours, exceptions):
    """`hours`: the record whose opening hours are given (the German one, see
    directory.views); `exceptions`: (first day, last day, [(opens, closes)]) of the coming
    weeks, from Location.exceptions; a closed day is given as opening and closing at
    midnight, as schema.org asks."""
    data = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "@id": url,
        "url": url,
        "name": location.name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": location.street,
            "postalCode": location.postcode,
            "addressLocality": location.city,
            "addressCountry": "DE",
        },
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": round(location.latitude, 6),
            "longitude": round(location.longitude, 6),
        },
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{times.schema_day}",
                "opens": times.opens.strftime("%H:%M"),
                "closes": times.closes.strftime("%H:%M"),
            }
            for times in hours.opening_hours.all()
        ],
        "specialOpeningHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "validFrom": first_day.isoformat(),
                "validThrough": last_day.isoformat(),
                "opens": opens.strftime("%H:%M"),
                "closes": closes.strftime("%H:%M"),
            }
            for first_day, last_day, times in exceptions
            for opens, closes in times or [(MIDNIGHT, MIDNIGHT)]
        ],
        "keywords": ", ".join(category.name for category in categories),
        "knowsLanguage": [item.language for item in location.spoken_languages.all()],
    }
    optional = {
        "description": location.description,
        "telephone": location.phone,
        "email": location.email,
        "sameAs": location.website,
        "parentOrganization": {"@type": "Organization", "name": location.organisation}
        if location.organisation
        else None,
    }
    data.update({key: value for key, value in optional.items() if value})
    return json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES)
