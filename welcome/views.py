from django import forms
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from directory.models import MapPage
from directory.search import DirectorySearch, categories_in, describe, districts_in
from welcome.foundation.languages import german_text_pages

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


@require_safe
def search(request):
    """Full-text search over the live pages of the reader's language (never its aliases,
    which repeat the German text)."""
    form = SearchForm(request.GET)
    query = ""
    error = None
    results = None
    places, places_url = [], None
    status = 200
    if not form.is_valid():
        error = " ".join(form.errors["q"])
        status = 400
    else:
        query = form.cleaned_data["q"]
    if query:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=2)
            .exclude(id__in=german_text_pages().values("id"))
            .specific()
        )
        paginator = Paginator(pages.search(query), SEARCH_RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
        places, places_url = matching_places(query, translation.get_language())
    return TemplateResponse(
        request,
        "welcome/search.html",
        {
            "query": query,
            "results": results,
            "error": error,
            "places": places,
            "places_url": places_url,
        },
        status=status,
    )


def matching_places(query, language_code):
    """The first directory locations whose name, organisation, town or description hold
    every word, and the map page listing all of them."""
    map_page = MapPage.for_language(language_code)
    if map_page is None:
        return [], None
    search = DirectorySearch({"q": query}, language_code)
    places = search.attach_categories(search.hits()[:SEARCH_PLACES_SHOWN])
    describe(places, map_page, categories_in(language_code), districts_in(language_code))
    return places, f"{map_page.url}?{urlencode({'q': query})}"


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
