"""Builds the German demo page tree from welcome.demo.content and collects, per language,
the German-to-translation string table that welcome.demo.translation needs.

Existing pages are found by slug and left as editors left them, so running the set-up
again never duplicates or overwrites anything.
"""

from collections import defaultdict

from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Page

from directory.models import District, MapPage
from home.models import ArticlePage, DistrictPage, HomePage, SectionPage
from welcome.demo.directory import CATEGORIES

SECTION_ICONS = {
    "deutsch-lernen": "language",
    "ausbildung-beruf-praktikum": "work",
    "gesetzliche-grundlagen-aufenthalt-asylrecht": "law",
    "gesundheit": "health",
    "wohnen": "housing",
    "kinder-familie-schule": "family",
    "beratung-hilfe": "help",
}

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


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)


def body_stream(blocks, language="de"):
    """StreamField data for the ArticleBodyBlock from the demo content's block tuples."""
    stream = []
    for block_type, value in blocks:
        if block_type == "heading":
            stream.append(("heading", value[language]))
        elif block_type == "paragraphs":
            stream.append(("text", paragraphs_html(text[language] for text in value)))
        elif block_type == "info_box":
            stream.append(
                (
                    "info_box",
                    {
                        "title": value["title"][language],
                        "text": paragraphs_html([value["text"][language]]),
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
                                "question": item["question"][language],
                                "answer": paragraphs_html([item["answer"][language]]),
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
                        "title": value["title"][language],
                        "links": [
                            {"title": link["title"][language], "page": None, "url": link["url"]}
                            for link in value["links"]
                        ],
                    },
                )
            )
        else:
            raise ValueError(f"Unknown demo block type {block_type!r}")
    return stream


class StringTable:
    """German text -> translated text, per language, gathered while the tree is built."""

    def __init__(self, languages):
        self.languages = languages
        self.strings = defaultdict(dict)

    def add(self, text):
        if not isinstance(text, dict) or not all(code in text for code in self.languages):
            return
        for code in self.languages:
            self.strings[code][text["de"]] = text[code]

    def add_slug(self, german_slug, title):
        # Every translation's slug comes from the English title: wagtail-localize makes
        # slugs ASCII, which would leave nothing of an Arabic or Cyrillic title.
        for code in self.languages:
            self.strings[code][german_slug] = slugify(title["en"])

    def add_blocks(self, blocks):
        for block_type, value in blocks:
            if block_type == "heading":
                self.add(value)
            elif block_type == "paragraphs":
                for text in value:
                    self.add(text)
            elif block_type == "info_box":
                self.add(value["title"])
                self.add(value["text"])
            elif block_type == "questions":
                for item in value:
                    self.add(item["question"])
                    self.add(item["answer"])
            elif block_type == "links":
                self.add(value["title"])
                for link in value["links"]:
                    self.add(link["title"])


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
        show_in_menus=True,
        is_sample_content=not section["from_seeds"],
    )
    return page


def build_article(parent, article):
    body = body_stream(article["body"])
    if article["slug"] in NEARBY_PLACES:
        body.append(nearby_places(NEARBY_PLACES[article["slug"]]))
    page, _ = get_or_create_child(
        parent,
        ArticlePage,
        article["slug"],
        title=article["title"]["de"],
        intro=article["intro"]["de"],
        body=body,
        is_sample_content=article.get("sample", True),
    )
    return page


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


def build_map_page(home, map_page):
    page, _ = get_or_create_child(
        home,
        MapPage,
        map_page["slug"],
        title=map_page["title"]["de"],
        intro=map_page["intro"]["de"],
        show_in_menus=True,
    )
    return page
