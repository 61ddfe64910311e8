import html
import io
import re
from collections import defaultdict

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Site, TaskState, WorkflowState
from wagtail_localize.models import StringSegment

from directory.models import Category
from home.models import ArticlePage, DistrictPage
from welcome.demo import content
from welcome.demo import directory as demo_directory
from welcome.demo.catalogue import (
    REPOSITORY_DIR,
    TEMPLATE_NAME,
    read_catalogue,
    stale_entries,
    template,
    template_entries,
)
from welcome.editorial.roles import TRANSLATION_WORKFLOW_PREFIX
from welcome.editorial.translation_workflow import CURRENT, page_translations
from welcome.foundation.languages import SLUG_PATH
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


# --- the demo's translations -------------------------------------------------------------


def german_demo_pages():
    """The pages setup_demo made, German, with the text of each one's segments."""
    pages = Page.objects.filter(locale__language_code="de", depth__gt=1).specific()
    texts = defaultdict(set)
    for key, path, data in StringSegment.objects.filter(
        source__object_id__in=[page.translation_key for page in pages],
        source__locale__language_code="de",
    ).values_list("source__object_id", "context__path", "string__data"):
        if path != SLUG_PATH:
            texts[key].add(html.unescape(data))
    return [(page, texts[page.translation_key]) for page in pages]


def test_the_committed_template_is_what_demo_catalogue_writes():
    call_command("demo_catalogue", "--check", stdout=io.StringIO())
    assert (REPOSITORY_DIR / TEMPLATE_NAME).read_text(encoding="utf-8") == template()


def test_committed_catalogues_translate_no_text_the_content_no_longer_has():
    catalogues = sorted(REPOSITORY_DIR.glob("*.po"))
    assert {path.stem for path in catalogues} >= {"en", "ar"}
    for path in catalogues:
        assert stale_entries(path.stem, REPOSITORY_DIR) == [], path.name


def test_every_text_of_every_demo_page_is_in_the_template():
    german = {entry.german for entry in template_entries()}
    district_names = {district["name"] for district in content.DISTRICTS}
    pages = german_demo_pages()
    assert len(pages) > 40
    for page, texts in pages:
        assert texts - german - district_names == set(), page.url_path


def test_an_unusable_catalogue_entry_counts_as_missing(tmp_path):
    (tmp_path / "fa.po").write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Wohnen"\nmsgstr "مسکن"\n\n'
        '#, fuzzy\nmsgid "Gesundheit"\nmsgstr "سلامت"\n\n'
        'msgid "Beratung in Konfliktsituationen"\nmsgstr ""\n\n'
        f'msgid "{demo_directory.SAMPLE_DESCRIPTION}"\nmsgstr "نمونه: {{kind}} در شهر"\n',
        encoding="utf-8",
    )
    assert read_catalogue("fa", tmp_path) == {"Wohnen": "مسکن"}
    assert read_catalogue("uk", tmp_path) == {}


def test_demo_pages_are_translated_where_the_catalogue_has_all_their_texts(client):
    """Every demo page in every language whose catalogue has all its texts is a reviewed,
    published translation that keeps the German page's sample-content flag; the rest are
    aliases of the German page."""
    pages = german_demo_pages()
    for locale in Locale.objects.exclude(language_code="de"):
        catalogue = read_catalogue(locale.language_code)
        states = {
            state.source_page.pk: state
            for state in page_translations(locale, [page for page, _texts in pages])
        }
        for german, texts in pages:
            version = german.get_translation(locale)
            if not texts:
                # Not in the catalogues (the demo news and events): German everywhere.
                assert version.alias_of_id == german.pk, (locale, german.url_path)
                continue
            # A district page's title is the district's name, which stays German.
            own = {german.title} if isinstance(german, DistrictPage) else set()
            covered = texts - own <= set(catalogue)
            if not covered:
                assert version.alias_of_id == german.pk, (locale, german.url_path)
                continue
            assert version.alias_of_id is None, (locale, german.url_path)
            assert version.live and not version.has_unpublished_changes
            assert version.is_sample_content == german.is_sample_content
            assert states[german.pk].state == CURRENT, (locale, german.url_path)
            review = WorkflowState.objects.get(
                base_content_type__model="page", object_id=str(version.pk)
            )
            assert review.status == WorkflowState.STATUS_APPROVED
            assert review.workflow.name.startswith(TRANSLATION_WORKFLOW_PREFIX)
            assert review.current_task_state.status == TaskState.STATUS_APPROVED
            assert review.current_task_state.revision_id == version.live_revision_id
    english = Locale.objects.get(language_code="en")
    integration_course = ArticlePage.objects.get(
        locale__language_code="de", slug="integrationskurs"
    )
    assert integration_course.get_translation(english).alias_of_id is None, (
        "the committed English catalogue has all its texts"
    )


def test_a_missing_text_leaves_the_page_german_with_one_warning_per_language(settings, tmp_path):
    """A catalogue that lacks texts never stops the set-up: what needs them stays German
    (an alias), and each language with gaps gets one line that counts them."""
    farsi = Locale.objects.get(language_code="fa")
    imprint = ArticlePage.objects.get(locale__language_code="de", slug="impressum")
    imprint.get_translation(farsi).delete()
    category = Category.objects.get(locale__language_code="de", slug="wohnen")
    Category.objects.filter(locale=farsi, translation_key=category.translation_key).delete()
    settings.DEMO_CATALOGUE_DIR = tmp_path  # no catalogue at all

    errors = io.StringIO()
    call_command("setup_demo", "--no-users", stdout=io.StringIO(), stderr=errors)

    lines = [line for line in errors.getvalue().splitlines() if line.startswith("fa:")]
    assert len(lines) == 1, errors.getvalue()
    found = re.fullmatch(
        r"fa: (\d+) demo texts have no translation in (.+); (\d+) pages and records stay German\.",
        lines[0],
    )
    assert found and found.group(2) == str(tmp_path / "fa.po")
    assert int(found.group(1)) >= 2 and int(found.group(3)) >= 2
    assert imprint.get_translation(farsi).alias_of_id == imprint.pk
    assert not category.has_translation(farsi)
