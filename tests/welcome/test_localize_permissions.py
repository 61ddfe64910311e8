"""wagtail-localize's own admin views, for every role, on pages and directory records of
their own and another district and language (welcome.editorial.translation_permissions).

Actors are the demo accounts. Targets are a Farsi translation of a state-wide article,
of the Ludwigslust-Parchim district page and of a Ludwigslust-Parchim location, all
started by the ministry. A refused request must leave the database as it was.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from directory.models import Location
from home.models import ArticlePage, DistrictPage

pytestmark = pytest.mark.django_db

OWN = "district-ludwigslust-parchim"
OTHER = "district-rostock"
FARSI = "translator-fa-1"
ARABIC = "translator-ar-1"
# Where an allowed action goes on; a refusal goes to the dashboard instead.
NEXT = "/admin/pages/"
ACTORS = ["ministry", "moderator", OWN, OTHER, FARSI, ARABIC]
# Who may edit each target: the page's permissions, the record's scope.
EDITORS = {
    "article": {"ministry", FARSI},
    "district page": {"ministry", FARSI, OWN},
    "location": {"ministry", FARSI},
}


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def farsi():
    return Locale.objects.get(language_code="fa")


def german_target(kind):
    german = {"locale__language_code": "de"}
    if kind == "article":
        return ArticlePage.objects.filter(**german, depth=4).order_by("path").first()
    if kind == "district page":
        return DistrictPage.objects.get(**german, district__slug="ludwigslust-parchim")
    return (
        Location.objects.filter(**german, district__slug="ludwigslust-parchim")
        .order_by("pk")
        .first()
    )


@pytest.fixture(params=list(EDITORS))
def target(request):
    """(kind, translation) of a Farsi translation the ministry started, with its first
    segment waiting for a translation (the demo may have translated the rest)."""
    source = german_target(request.param)
    ministry = get_user_model().objects.get(username="ministry")
    TranslationCreator(ministry, [farsi()]).create_translations(source)
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=farsi()
    )
    segment = first_segment(translation)
    StringTranslation.objects.filter(
        locale=farsi(), translation_of_id=segment.string_id, context_id=segment.context_id
    ).delete()
    return request.param, translation


def state(translation):
    """Everything the views under test could change. The target may be translated
    already (the demo translates what its catalogues cover): an edit then changes the
    text of a segment's translation rather than adding one."""
    target = translation.get_target_instance()
    strings = StringSegment.objects.filter(source=translation.source).values("string_id")
    return (
        StringTranslation.objects.filter(locale=farsi()).count(),
        sorted(
            StringTranslation.objects.filter(
                locale=farsi(), translation_of_id__in=strings
            ).values_list("pk", "data")
        ),
        Translation.objects.get(pk=translation.pk).enabled,
        type(target).objects.filter(pk=target.pk).values_list("pk", flat=True).first(),
        Page.objects.filter(pk=target.pk, alias_of__isnull=False).exists(),
    )


def first_segment(translation):
    return StringSegment.objects.filter(source=translation.source).order_by("order").first()


def edit_string(client, translation):
    segment = first_segment(translation)
    return client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        urlencode({"value": "ترجمه"}),
        content_type="application/x-www-form-urlencoded",
    )


def download_po(client, translation):
    return client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))


def upload_po(client, translation):
    segment = first_segment(translation)
    po = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        f'"X-WagtailLocalize-TranslationID: {translation.uuid}\\n"\n\n'
        f'msgctxt "{segment.context.path}"\nmsgid "{segment.string.data}"\nmsgstr "ترجمه"\n'
    )
    upload = io.BytesIO(po.encode("utf-8"))
    upload.name = "farsi.po"
    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": NEXT},
    )


def machine_translate(client, translation):
    return client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": NEXT}
    )


EDIT_VIEWS = {
    "edit a segment": edit_string,
    "download the PO file": download_po,
    "upload a PO file": upload_po,
    "machine-translate": machine_translate,
}


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("view", EDIT_VIEWS)
def test_editing_a_translation_follows_the_targets_permissions(actor, view, target, client_for):
    kind, translation = target
    before = state(translation)
    response = EDIT_VIEWS[view](client_for(actor), translation)
    if actor in EDITORS[kind]:
        assert not refused(response), response.status_code
        assert response.status_code < 400
        if view != "download the PO file":
            assert state(translation) != before, "the allowed edit took effect"
    else:
        assert refused(response), response.status_code
        assert state(translation) == before


@pytest.mark.parametrize("actor", ACTORS)
def test_only_those_who_may_publish_stop_a_translation(actor, target, client_for):
    kind, translation = target
    before = state(translation)
    response = client_for(actor).post(
        reverse("wagtail_localize:stop_translation", args=[translation.pk]), {"next": NEXT}
    )
    if actor == "ministry":
        assert response.status_code == 302
        assert not Translation.objects.get(pk=translation.pk).enabled
    else:
        assert refused(response)
        assert state(translation) == before


@pytest.mark.parametrize("actor", ACTORS)
def test_only_those_who_may_publish_turn_a_translation_back_into_an_alias(actor, client_for):
    source = german_target("district page")
    TranslationCreator(
        get_user_model().objects.get(username="ministry"), [farsi()]
    ).create_translations(source)
    target = source.get_translation(farsi())
    response = client_for(actor).post(
        reverse("wagtail_localize:convert_to_alias", args=[target.pk]), {"next": NEXT}
    )
    converted = Page.objects.get(pk=target.pk).alias_of_id is not None
    if actor == "ministry":
        assert converted
    else:
        assert refused(response)
        assert not converted


@pytest.mark.parametrize("actor", ACTORS)
def test_preview_of_a_page_translation(actor, client_for):
    source = german_target("article")
    TranslationCreator(
        get_user_model().objects.get(username="ministry"), [farsi()]
    ).create_translations(source)
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=farsi()
    )
    response = client_for(actor).get(
        reverse("wagtail_localize:preview_translation", args=[translation.pk])
    )
    assert (response.status_code == 200) is (actor in EDITORS["article"])
    assert refused(response) is (actor not in EDITORS["article"])


@pytest.mark.parametrize(
    ("actor", "allowed"),
    [("ministry", True), ("moderator", True), (OWN, False), (FARSI, False), (ARABIC, False)],
)
def test_the_translations_report(actor, allowed, client_for):
    client = client_for(actor)
    response = client.get(reverse("wagtail_localize:translations_report"))
    assert (response.status_code == 200) is allowed
    assert refused(response) is not allowed
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert (reverse("wagtail_localize:translations_report") in menu) is allowed


def listed_locations(client):
    response = client.get(
        reverse("wagtail_localize:snippets_api_listing", args=["directory", "location"]),
        {"limit": 1000},
    )
    assert response.status_code == 200
    data = response.json()
    items = data["results"] if isinstance(data, dict) else data
    return Location.objects.filter(pk__in=[item["id"] for item in items])


def test_the_snippet_chooser_api_lists_only_records_within_scope(client_for):
    assert listed_locations(client_for("ministry")).count() == Location.objects.count()
    own = listed_locations(client_for(OWN))
    assert own.exists()
    assert set(own.values_list("district__slug", flat=True)) == {"ludwigslust-parchim"}
    assert set(own.values_list("locale__language_code", flat=True)) == {"de"}
    arabic = listed_locations(client_for(ARABIC))
    assert set(arabic.values_list("locale__language_code", flat=True)) <= {"ar"}
    assert not listed_locations(client_for("moderator")).exists()
    other = Location.objects.filter(locale__language_code="de", district__slug="rostock").first()
    detail = client_for(OWN).get(
        reverse("wagtail_localize:snippets_api_detail", args=["directory", "location", other.pk])
    )
    # A 404, which Django's LocaleMiddleware turns into a redirect to a language prefix.
    assert detail.status_code in (302, 404)
    assert other.name not in detail.content.decode()


@pytest.mark.parametrize("actor", ACTORS)
def test_only_the_ministry_submits_and_updates_translations(actor, client_for):
    page = german_target("article")
    location = german_target("location")
    client = client_for(actor)
    responses = [
        client.get(reverse("wagtail_localize:submit_page_translation", args=[page.pk])),
        client.get(
            reverse(
                "wagtail_localize:submit_snippet_translation",
                args=["directory", "location", location.pk],
            )
        ),
    ]
    for response in responses:
        assert (response.status_code == 200) is (actor == "ministry")
        assert refused(response) is (actor != "ministry")
