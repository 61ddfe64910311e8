from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Page

from directory.models import MapPage
from directory.search import DirectorySearch
from welcome.search.matching import excerpt_html, matching, query_words, ranked, suggestion
from welcome.search.models import SearchEntry

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_PLACES_SHOWN = 5


class SearchForm(forms.Form):
    """Django's CharField refuses NUL characters, which PostgreSQL cannot store or search."""

    q = forms.CharField(required=False, max_length=SEARCH_QUERY_MAX_LENGTH)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].error_messages["max_length"] = _(
            "Please use a shorter search term (at most %(limit_value)d characters)."
        )
        self.fields["q"].error_messages["null_characters_not_allowed"] = _(
            "The search term holds characters that cannot be searched for."
        )


@dataclass
class SearchResult:
    page: Page
    excerpt: str
    text_language: str
    shows_german: bool


@require_safe
def search(request):
    """Search over the live public pages of the reader's language tree, German fallbacks
    included (found by their German words, marked German), best matches first with the
    matching words highlighted, and over the directory's places (welcome.search)."""
    form = SearchForm(request.GET)
    query = ""
    error = None
    results = None
    hits = []
    suggested = None
    places, places_url = [], None
    status = 200
    if not form.is_valid():
        error = " ".join(form.errors["q"])
        status = 400
    else:
        query = form.cleaned_data["q"]
    if query:
        language = translation.get_language()
        words = query_words(query)
        entries = SearchEntry.objects.filter(
            language=language,
            content_type=ContentType.objects.get_for_model(Page),
            object_id__in=Page.objects.live().public().filter(depth__gt=2).values("id"),
        )
        found = ranked(matching(entries, words, language), words, language)
        paginator = Paginator(found, SEARCH_RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
        hits = _search_results(results, words, language)
        if not paginator.count:
            suggested = suggestion(words, language)
        places, places_url = matching_places(query, language)
    return TemplateResponse(
        request,
        "welcome/search.html",
        {
            "query": query,
            "results": results,
            "hits": hits,
            "suggestion": suggested,
            "error": error,
            "places": places,
            "places_url": places_url,
        },
        status=status,
    )


def _search_results(entries, words, language):
    pages = Page.objects.filter(id__in=[entry.object_id for entry in entries]).specific()
    by_id = {page.id: page for page in pages}
    return [
        SearchResult(
            by_id[entry.object_id],
            excerpt_html(entry.excerpt, words, entry.text),
            entry.text_language,
            shows_german=entry.text_language != language,
        )
        for entry in entries
        if entry.object_id in by_id
    ]


def matching_places(query, language_code):
    """The first directory locations whose name, organisation, town or description hold
    every word, and the map page listing all of them."""
    map_page = MapPage.for_language(language_code)
    if map_page is None:
        return [], None
    places = DirectorySearch({"q": query}, language_code).first(SEARCH_PLACES_SHOWN, map_page)
    return places, map_page.directory_url(q=query)


@require_safe
def robots_txt(request):
    lines = ["User-agent: *"]
    # A path chosen to be hard to guess is not announced here.
    if settings.ADMIN_PATH == "admin":
        lines.append("Disallow: /admin/")
    lines.append(f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
