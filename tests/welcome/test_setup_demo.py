import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import ArticlePage
from welcome.foundation.models import LegalPages

pytestmark = pytest.mark.django_db

SECTIONS = [
    "deutsch-lernen",
    "ausbildung-beruf-praktikum",
    "gesetzliche-grundlagen-aufenthalt-asylrecht",
    "gesundheit",
    "wohnen",
    "kinder-familie-schule",
    "beratung-hilfe",
]
DISTRICTS = [
    "ludwigslust-parchim",
    "mecklenburgische-seenplatte",
    "nordwestmecklenburg",
    "landkreis-rostock",
    "vorpommern-greifswald",
    "vorpommern-ruegen",
    "rostock",
    "schwerin",
]


def snapshot():
    return sorted(
        Page.objects.filter(depth__gt=1).values_list(
            "locale__language_code", "url_path", "title", "live", "alias_of_id"
        )
    )


def test_running_the_demo_set_up_twice_gives_the_same_pages():
    before = snapshot()
    call_command("setup_demo", verbosity=0)
    assert snapshot() == before


def test_german_tree_has_the_sections_districts_and_legal_pages():
    home = Site.objects.get(is_default_site=True).root_page
    children = set(home.get_children().values_list("slug", flat=True))
    assert set(SECTIONS) <= children
    assert set(DISTRICTS) <= children
    for slug in SECTIONS:
        section = home.get_children().get(slug=slug)
        assert section.get_children().live().count() >= 2, slug
    legal = LegalPages.for_site(Site.objects.get(is_default_site=True))
    assert {page.slug for page in legal.pages()} == {"impressum", "datenschutz", "barrierefreiheit"}


def test_the_wagtail_placeholder_page_is_gone():
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_articles_have_real_text():
    for article in ArticlePage.objects.filter(locale__language_code="de"):
        text = " ".join(str(block.value) for block in article.body)
        assert len(text) > 800, article.url_path
        assert "lorem" not in text.lower()
