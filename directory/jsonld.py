"""schema.org JSON-LD for a location page, so that search engines and assistants know
the address, position, opening hours and languages of a place."""

import json

SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def location_json_ld(location, url, categories):
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
                "dayOfWeek": f"https://schema.org/{hours.schema_day}",
                "opens": hours.opens.strftime("%H:%M"),
                "closes": hours.closes.strftime("%H:%M"),
            }
            for hours in location.opening_hours.all()
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
