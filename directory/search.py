"""Finding locations for the map page and the GeoJSON API.

Locations are stored once per language (wagtail-localize); the German rows are the full
set. Filters, distances and order are computed on the German rows, then names, slugs and
category names are taken from the reader's language where a translation exists. Every
step is one query whatever the number of locations, and distances are exact great-circle
distances computed after a bounding-box pre-selection in SQL. Rows are read as plain
tuples, not model instances: the map reads thousands of them.
"""

from functools import lru_cache

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce, Lower

from directory import geo
from directory.records import (
    Category,
    ContactPerson,
    District,
    Location,
    LocationCategory,
    SpokenLanguage,
)
from welcome.foundation.languages import in_language, locale_id_of
from welcome.foundation.versions import SharedVersion
from welcome.search.matching import matching, query_words
from welcome.search.models import SearchEntry

HIT_COLUMNS = (
    "id",
    "translation_key",
    "name",
    "slug",
    "latitude",
    "longitude",
    "city",
    "district_id",
)


class Hit:
    """One location found: German row id, the reader-language name and slug (and the
    language they are in: German where not translated), distance."""

    __slots__ = (
        *HIT_COLUMNS,
        "text_language",
        "distance_km",
        "category_slugs",
        "url",
        "categories",
        "district",
    )

    def __init__(self, row, translation=None):
        """`row`: HIT_COLUMNS of the German row; `translation`: (language code, name,
        slug) of its translation into the reader's language, where there is one."""
        (
            self.id,
            self.translation_key,
            self.name,
            self.slug,
            self.latitude,
            self.longitude,
            self.city,
            self.district_id,
        ) = row
        self.text_language = settings.LANGUAGE_CODE
        if translation is not None:
            self.text_language, self.name, self.slug = translation
        self.distance_km = None
        self.category_slugs = ()


class DirectorySearch:
    def __init__(self, filters, language_code):
        self.filters = filters
        self.language_code = language_code
        self.centre = filters.get("centre")
        self.radius = filters.get("radius")

    def source_rows(self):
        rows = Location.objects.filter(locale_id=locale_id_of(settings.LANGUAGE_CODE))
        filters = self.filters
        if filters.get("category"):
            rows = rows.filter(
                id__in=LocationCategory.objects.filter(
                    category__slug__in=filters["category"]
                ).values("location_id")
            )
        if filters.get("district"):
            rows = rows.filter(district__slug=filters["district"])
        if filters.get("language"):
            rows = rows.filter(
                id__in=SpokenLanguage.objects.filter(language=filters["language"]).values(
                    "location_id"
                )
            )
        if self.centre is not None:
            min_lat, max_lat, min_lng, max_lng = geo.bounding_box(*self.centre, self.radius)
            rows = rows.filter(
                latitude__range=(min_lat, max_lat), longitude__range=(min_lng, max_lng)
            )
        words = query_words(filters.get("q") or "")
        if words:
            rows = rows.filter(translation_key__in=self._matching_keys(words))
        return rows

    def _matching_keys(self, words):
        """The locations whose name, organisation, town or description hold every word in
        some form, in German or in the reader's language (welcome.search.matching, the
        same matching as the site search)."""
        entries = SearchEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Location),
            language__in={self.language_code, settings.LANGUAGE_CODE},
        )
        found = matching(entries, words, self.language_code)
        return Location.objects.filter(id__in=found.values("object_id")).values("translation_key")

    def hits(self):
        """Every matching location, nearest first with a centre, else alphabetical.
        Categories are not attached yet: see attach_categories."""
        hits = [Hit(row) for row in self.source_rows().values_list(*HIT_COLUMNS)]
        if self.centre is not None:
            lat, lng = self.centre
            distance = geo.distance_km
            for hit in hits:
                hit.distance_km = distance(lat, lng, hit.latitude, hit.longitude)
            hits = [hit for hit in hits if hit.distance_km <= self.radius]
        self._translate(hits)
        if self.centre is not None:
            hits.sort(key=lambda hit: (hit.distance_km, hit.name.casefold()))
        else:
            hits.sort(key=lambda hit: hit.name.casefold())
        return hits

    def alphabetical_rows(self):
        """Without a centre, the order is alphabetical by the reader-language name, so the
        database can sort and paginate: a queryset of HIT_COLUMNS tuples of the German
        rows, in another reader language each followed by the name and slug of the row's
        translation (None, None where there is none), which ready_to_show gives the hits
        of one page."""
        rows = self.source_rows()
        if self.language_code == settings.LANGUAGE_CODE:
            return rows.order_by(Lower("name"), "id").values_list(*HIT_COLUMNS)
        # One row at most (a key is unique per language): no order needed.
        translated = Location.objects.filter(
            locale_id=locale_id_of(self.language_code),
            translation_key=OuterRef("translation_key"),
        ).order_by()
        return (
            rows.annotate(
                translated_name=Subquery(translated.values("name")[:1]),
                translated_slug=Subquery(translated.values("slug")[:1]),
            )
            .order_by(Lower(Coalesce("translated_name", "name")), "id")
            .values_list(*HIT_COLUMNS, "translated_name", "translated_slug")
        )

    def _translate(self, hits):
        """Give hits, the whole result, the name and slug of their translation into the
        reader's language, where there is one: one query."""
        if self.language_code == settings.LANGUAGE_CODE or not hits:
            return
        translations = {
            key: (name, slug)
            for key, name, slug in Location.objects.filter(
                locale_id=locale_id_of(self.language_code),
                translation_key__in=self.source_rows().values("translation_key"),
            ).values_list("translation_key", "name", "slug")
        }
        for hit in hits:
            if hit.translation_key in translations:
                hit.name, hit.slug = translations[hit.translation_key]
                hit.text_language = self.language_code

    def first(self, limit, map_page):
        """The first `limit` places of the list, ready to show (see `ready_to_show`).
        Without a centre the database cuts the list; around one, distances are exact only
        once computed, so the bounding box is cut in Python."""
        rows = self.alphabetical_rows() if self.centre is None else self.hits()
        return self.ready_to_show(rows[:limit], map_page)

    def first_by_category(self, limit, map_page):
        """`first` for filters of categories and a district only, with no centre: the
        places-nearby block, which every article page runs. Two queries written in SQL
        (see _first_by_category_sql and category_slugs_of): the ORM's compiling of the
        query took 0.5 ms (German) to 1 ms (a translation), more than PostgreSQL took to
        answer it."""
        categories = list(self.filters.get("category") or ())
        district = self.filters.get("district")
        german = self.language_code == settings.LANGUAGE_CODE
        sql = _first_by_category_sql(len(categories), bool(district), german)
        parameters = [
            *([] if german else [locale_id_of(self.language_code)]),
            locale_id_of(settings.LANGUAGE_CODE),
            *categories,
            *([district] if district else []),
            limit,
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, parameters)
            return self.ready_to_show(cursor.fetchall(), map_page)

    def page(self, number, per_page, map_page):
        """One page of the list (Django's Paginator: a `number` that is not a page gives
        the nearest page), its places ready to show."""
        rows = self.alphabetical_rows() if self.centre is None else self.hits()
        page = Paginator(rows, per_page).get_page(number)
        page.object_list = self.ready_to_show(page.object_list, map_page)
        return page

    def ready_to_show(self, rows, map_page):
        """Hits with what a list of places shows: the address of their page under
        `map_page`, and their categories and district in the reader's language. Rows of
        `alphabetical_rows` become hits here."""
        hits = [row if isinstance(row, Hit) else self._hit(row) for row in rows]
        self.attach_categories(hits)
        return describe(
            hits, map_page, categories_in(self.language_code), districts_in(self.language_code)
        )

    def _hit(self, row):
        """A Hit of a row of `alphabetical_rows`."""
        columns = len(HIT_COLUMNS)
        if len(row) == columns or row[columns + 1] is None:
            return Hit(row[:columns])
        return Hit(row[:columns], (self.language_code, *row[columns:]))

    def attach_categories(self, hits, *, all_hits=False):
        """Give `hits` their category slugs: one query, by subquery when they are the
        whole result and by id when they are one page of it."""
        if not hits:
            return hits
        if all_hits:
            links = (
                LocationCategory.objects.filter(location__in=self.source_rows())
                .order_by("sort_order", "category__slug")
                .values_list("location_id", "category__slug")
            )
        else:
            links = category_slugs_of([hit.id for hit in hits])
        by_location = {}
        for location_id, slug in links:
            by_location.setdefault(location_id, []).append(slug)
        for hit in hits:
            hit.category_slugs = tuple(by_location.get(hit.id, ()))
        return hits


@lru_cache(maxsize=64)
def _first_by_category_sql(category_count, in_district, german):
    """The SQL of DirectorySearch.first_by_category: what `alphabetical_rows` asks of
    `source_rows` with `category_count` category slugs and a district slug, or none
    (tests/directory/test_names_and_listings.py compares the two lists for every category
    and district in every language). Parameters: the reader's locale id (not for German),
    the German locale id, the category slugs, the district slug, the limit."""
    location = Location._meta.db_table
    in_categories = (
        f"""AND place.id IN (
            SELECT link.location_id FROM {LocationCategory._meta.db_table} link
            JOIN {Category._meta.db_table} category ON category.id = link.category_id
            WHERE category.slug IN ({", ".join(["%s"] * category_count)}))"""  # noqa: S608
        if category_count
        else ""
    )
    in_district = (
        f"AND place.district_id IN (SELECT id FROM {District._meta.db_table} WHERE slug = %s)"  # noqa: S608
        if in_district
        else ""
    )
    columns = ", ".join(f"place.{column}" for column in HIT_COLUMNS)
    if german:
        translated, translated_columns, name = "", "", "place.name"
    else:
        translated = f"""LEFT JOIN {location} translated
            ON translated.translation_key = place.translation_key
            AND translated.locale_id = %s"""
        translated_columns = ", translated.name, translated.slug"
        name = "COALESCE(translated.name, place.name)"
    return f"""
        SELECT {columns}{translated_columns}
        FROM {location} place {translated}
        WHERE place.locale_id = %s {in_categories} {in_district}
        ORDER BY LOWER({name}), place.id
        LIMIT %s
    """  # noqa: S608 - the table names come from the models; values are parameters


def category_slugs_of(location_ids):
    """(location id, category slug) of the locations with these ids, in the order the
    editor gave each location's categories. In SQL, as every article's places-nearby block
    asks it: the ORM took longer to compile the query than PostgreSQL to answer it."""
    sql = f"""
        SELECT link.location_id, category.slug
        FROM {LocationCategory._meta.db_table} link
        JOIN {Category._meta.db_table} category ON category.id = link.category_id
        WHERE link.location_id IN ({", ".join(["%s"] * len(location_ids))})
        ORDER BY link.sort_order, category.slug
    """  # noqa: S608 - the table names come from the models; values are parameters
    with connection.cursor() as cursor:
        cursor.execute(sql, location_ids)
        return cursor.fetchall()


NAMES_VERSION = SharedVersion("directory-names:version")
NAMES_SECONDS = 24 * 60 * 60
# Part of the key: a release that changes what is kept never reads an older release's
# entries from a cache that outlived it (files or Redis survive a deploy).
NAMES_FORMAT = 2


def categories_in(language_code):
    """slug -> Category in the reader's language (German where not translated), in
    their order."""
    categories = _names()["categories"]
    return categories.get(language_code) or categories[settings.LANGUAGE_CODE]


def districts_in(language_code):
    """id of the German district -> District in the reader's language."""
    districts = _names()["districts"]
    return districts.get(language_code) or districts[settings.LANGUAGE_CODE]


def district_slugs():
    """{id of a district row in any language: its slug} (slugs are the same in all)."""
    return _names()["district_slugs"]


def contact_persons_in(language_code, district_id):
    """The contact persons of a district (a row in any language; None: of the state), each
    in the reader's language where translated, in their order."""
    names = _names()
    people = names["contact_persons"]
    german_district = names["german_districts"].get(district_id, district_id)
    return (people.get(language_code) or people[settings.LANGUAGE_CODE]).get(german_district, [])


forget_names = NAMES_VERSION.invalidate


# The names of the version this process read last. Taking them from the shared cache
# means unpickling every category and district in every language (~4 ms), and one
# request asks several times; a version's names never change, so they can be kept.
_names_read = {}


def _names():
    """Categories, districts and contact persons in every language, read with three
    queries and kept in the cache (shared by all workers) until one of them is saved or
    deleted."""
    version = NAMES_VERSION.current()
    names = _names_read.get(version)
    if names is not None:
        return names
    key = f"directory-names:{NAMES_FORMAT}:{version}"
    names = cache.get(key)
    if names is None:
        names = _read_names()
        cache.set(key, names, NAMES_SECONDS)
    _names_read.clear()
    _names_read[version] = names
    return names


def _read_names():
    languages = [code for code, _name in settings.LANGUAGES]
    categories = list(Category.objects.select_related("locale"))
    districts = list(District.objects.select_related("locale"))
    people = list(ContactPerson.objects.select_related("locale"))
    german_ids = {
        district.translation_key: district.id
        for district in districts
        if district.locale.language_code == settings.LANGUAGE_CODE
    }
    german_districts = {
        district.id: german_ids.get(district.translation_key) for district in districts
    }
    return {
        "categories": {
            code: {
                category.slug: category
                for category in sorted(
                    in_language(categories, code).values(),
                    key=lambda category: (category.sort_order, category.name),
                )
            }
            for code in languages
        },
        "districts": {code: in_language(districts, code) for code in languages},
        "district_slugs": {district.id: district.slug for district in districts},
        "german_districts": german_districts,
        "contact_persons": {
            code: _by_district(in_language(people, code), people, german_districts)
            for code in languages
        },
    }


def _by_district(shown, people, german_districts):
    """{German district id or None: contact persons in their order}, from in_language's
    {German person id: person shown}; a person counts for the district of its German row
    (a translation may point at the district's translation)."""
    german = {person.id: person for person in people}
    by_district = {}
    for source_id, person in sorted(
        shown.items(), key=lambda item: (item[1].sort_order, item[1].name)
    ):
        district_id = german[source_id].district_id
        by_district.setdefault(german_districts.get(district_id, district_id), []).append(person)
    return by_district


def describe(hits, map_page, categories, districts):
    """Give hits what a list of places shows: the address of their page under
    `map_page`, and their categories and district from categories_in / districts_in."""
    for hit in hits:
        hit.url = map_page.location_url(hit.slug) if map_page else None
        hit.categories = [categories[slug] for slug in hit.category_slugs if slug in categories]
        hit.district = districts.get(hit.district_id)
    return hits
