"""Builds the German demo page tree from welcome.demo.content.

Existing pages are found by slug and left as editors left them, so running the set-up
again never duplicates or overwrites anything.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from django.utils.html import escape
from wagtail.contrib.redirects.signal_handlers import autocreate_redirects_on_slug_change
from wagtail.models import Page, ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.search.index import get_indexed_models
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_slug_changed

from directory.models import District
from home.models import (
    ArticlePage,
    DistrictPage,
    HomePage,
    LeafletPage,
    LocalSectionPage,
    SectionPage,
)
from welcome.demo.directory import CATEGORIES
from welcome.foundation.pages import REVIEW_INTERVAL_MONTHS

SECTION_ICONS = {
    "deutsch-lernen": "language",
    "ausbildung-beruf-praktikum": "work",
    "gesetzliche-grundlagen-aufenthalt-asylrecht": "law",
    "gesundheit": "health",
    "wohnen": "housing",
    "kinder-familie-schule": "family",
    "beratung-hilfe": "help",
}
# Law and residence change often: their articles are due for review after 6 months.
SECTION_REVIEW_MONTHS = {"gesetzliche-grundlagen-aufenthalt-asylrecht": 6}

# Articles that end with a "places nearby" block, and the directory categories it shows.
NEARBY_PLACES = {
    "integrationskurs": ["sprachkurse"],
    "berufssprachkurse": ["sprachkurse", "berufsberatung"],
    "anerkennung-auslaendischer-abschluesse": ["berufsberatung"],
    "psychosoziale-beratung": ["psychosoziale-beratung"],
    "wohnung-finden": ["wohnen"],
    "migrationsberatung-mbe-und-jmd": ["migrationsberatung"],
    "hilfe-bei-gewalt": ["konfliktberatung"],
}
# The demo leaflet (welcome.demo.leaflets) an article shows at its end, by the article's
# slug; the leaflet is built before the articles.
ARTICLE_LEAFLETS = {
    "asylverfahren-schritt-fuer-schritt": "beispiel-merkblatt-asylverfahren",
    "hilfe-bei-gewalt": "beispiel-flyer-gegen-haeusliche-gewalt",
    "hausordnung-und-muelltrennung": "beispiel-broschuere-alltag",
}


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)


def body_stream(blocks):
    """StreamField data for the ArticleBodyBlock from the demo content's block tuples
    (German: translations come from the demo catalogues)."""
    stream = []
    for block_type, value in blocks:
        if block_type == "heading":
            stream.append(("heading", value["de"]))
        elif block_type == "paragraphs":
            stream.append(("text", paragraphs_html(text["de"] for text in value)))
        elif block_type == "info_box":
            stream.append(
                (
                    "info_box",
                    {
                        "title": value["title"]["de"],
                        "text": paragraphs_html([value["text"]["de"]]),
                    },
                )
            )
        elif block_type == "questions":
            stream.append(
                (
                    "questions",
                    {
                        "title": "",
                        "questions": [
                            {
                                "question": item["question"]["de"],
                                "answer": paragraphs_html([item["answer"]["de"]]),
                            }
                            for item in value
                        ],
                    },
                )
            )
        elif block_type == "links":
            stream.append(
                (
                    "link_list",
                    {
                        "title": value["title"]["de"],
                        "links": [
                            {"title": link["title"]["de"], "page": None, "url": link["url"]}
                            for link in value["links"]
                        ],
                    },
                )
            )
        else:
            raise ValueError(f"Unknown demo block type {block_type!r}")
    return stream


@contextmanager
def pages_indexed_once():
    """Add the pages made or changed inside the block to the search index and Wagtail's
    reference index once, at its end, not on every save: a new page or translation is
    saved several times, and each search index update recomputes the title norms of the
    whole index.
    """
    saved = set()

    def note_saved(sender, instance, **kwargs):
        saved.add(instance.pk)

    # Wagtail's search index has no switch like the reference index's: its save handler
    # is swapped for one that notes the page, and put back whatever happens.
    page_models = [model for model in get_indexed_models() if issubclass(model, Page)]
    for model in page_models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(note_saved, sender=model, weak=False)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in page_models:
            post_save.disconnect(note_saved, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)
    pages = list(Page.objects.filter(pk__in=saved).specific())
    by_model = defaultdict(list)
    for page in pages:
        by_model[type(page)].append(page.pk)
    for backend in get_search_backends(with_auto_update=True):
        for model, ids in by_model.items():
            backend.add_bulk(model, list(model.get_indexed_objects().filter(pk__in=ids)))
    for page in pages:
        ReferenceIndex.create_or_update_for_object(page)


@contextmanager
def no_redirects_for_new_slugs():
    """Make no redirects for the slugs that change inside the block (and its commit).

    wagtail-localize makes a translated page with the German slug and then gives it the
    one made from the English title; Wagtail would record a redirect from the German
    address (and each descendant's) that no reader was ever sent to, hundreds of them.
    """
    page_slug_changed.disconnect(autocreate_redirects_on_slug_change)
    try:
        yield
    finally:
        page_slug_changed.connect(autocreate_redirects_on_slug_change)


def get_or_create_child(parent, model, slug, **fields):
    existing = Page.objects.child_of(parent).filter(slug=slug, locale=parent.locale).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def build_home(root, locale, content):
    existing = Page.objects.child_of(root).filter(locale=locale).type(HomePage).first()
    if existing is not None:
        return existing.specific, False
    home = HomePage(
        title=content["title"]["de"],
        slug="willkommen",
        locale=locale,
        intro=content["intro"]["de"],
        map_teaser=content["map_teaser"]["de"],
        contact_heading=content["contact_heading"]["de"],
        contact_text=paragraphs_html([content["contact_text"]["de"]]),
        is_sample_content=True,
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    return home, True


def build_section(home, section):
    page, _ = get_or_create_child(
        home,
        SectionPage,
        section["slug"],
        title=section["title"]["de"],
        intro=section["intro"]["de"],
        icon=SECTION_ICONS.get(section["slug"], "help"),
        review_interval=SECTION_REVIEW_MONTHS.get(section["slug"], REVIEW_INTERVAL_MONTHS),
        show_in_menus=True,
        is_sample_content=not section["from_seeds"],
    )
    return page


def build_article(parent, article):
    body = body_stream(article["body"])
    if article["slug"] in NEARBY_PLACES:
        body.append(nearby_places(NEARBY_PLACES[article["slug"]]))
    leaflet = LeafletPage.objects.filter(
        locale=parent.locale, slug=ARTICLE_LEAFLETS.get(article["slug"])
    ).first()
    if leaflet:
        body.append(("leaflet", leaflet))
    page, _ = get_or_create_child(
        parent,
        ArticlePage,
        article["slug"],
        title=article["title"]["de"],
        intro=article["intro"]["de"],
        body=body,
        is_sample_content=article.get("sample", True),
        translate_first=article.get("translate_first", False),
        for_all_districts=article.get("for_all_districts", False),
    )
    return page


# A district's own part of a state article for all districts. German only: the other
# language trees show it as German text (marked) until a translator takes it on.
LOCAL_SECTIONS = [
    {
        "district": "ludwigslust-parchim",
        "article": "integrationskurs",
        "title": "Integrationskurs in Ludwigslust-Parchim",
        "paragraphs": [
            "Beispiel: Im Landkreis beraten die Migrationsberatungsstellen in Parchim und "
            "Ludwigslust, welcher Kurs passt, und helfen bei der Anmeldung.",
            "Die Liste unten zeigt Sprachkursträger im Landkreis. Fragen Sie dort nach dem "
            "nächsten Kursbeginn.",
        ],
    },
]


def build_local_sections(home):
    for section in LOCAL_SECTIONS:
        district_page = DistrictPage.objects.child_of(home).get(slug=section["district"])
        article = ArticlePage.objects.get(locale=home.locale, slug=section["article"])
        get_or_create_child(
            district_page,
            LocalSectionPage,
            article.slug,
            title=section["title"],
            state_article=article,
            body=[
                ("text", paragraphs_html(section["paragraphs"])),
                nearby_places(["sprachkurse"], section["district"]),
            ],
            is_sample_content=True,
        )


def build_district(home, district):
    page, _ = get_or_create_child(
        home,
        DistrictPage,
        district["slug"],
        title=district["name"],
        intro=district["intro"]["de"],
        body=[*body_stream(district.get("body", [])), nearby_places([], district["slug"])],
        district=District.objects.get(locale=home.locale, slug=district["slug"]),
        is_sample_content=not district["from_seeds"],
    )
    return page


def nearby_places(categories, district=""):
    """A "places nearby" block; without categories it lists every category."""
    categories = categories or [slug for slug, *_rest in CATEGORIES]
    return (
        "nearby_places",
        {"title": "", "categories": categories, "district": district, "limit": 5},
    )


def build_legal_page(home, legal_page):
    page, _ = get_or_create_child(
        home,
        ArticlePage,
        legal_page["slug"],
        title=legal_page["title"]["de"],
        intro=legal_page["intro"]["de"],
        body=body_stream(legal_page["body"]),
        is_sample_content=True,
    )
    return page


def build_single_page(home, model, content, **fields):
    """A page the site has once, under the home page (the map, the monitoring page)."""
    page, _ = get_or_create_child(
        home,
        model,
        content["slug"],
        title=content["title"]["de"],
        intro=content["intro"]["de"],
        **fields,
    )
    return page
