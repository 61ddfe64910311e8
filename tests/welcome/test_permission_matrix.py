"""Every role against every editorial action, on its own and on someone else's district or
language. Allowed actions must take effect; refused ones must leave the database as it
was. The actors are the demo accounts that `setup_demo` creates for each role."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Locale, Revision, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from directory.models import ContactPerson, Location
from home.models import ArticlePage, DistrictPage
from tests.directory.test_location_admin import form_data as location_form_data
from welcome.editorial.translation_workflow import start_translation, submit_for_review

pytestmark = pytest.mark.django_db

OWN_DISTRICT = "ludwigslust-parchim"
OTHER_DISTRICT = "rostock"
DISTRICT_EDITOR = f"district-{OWN_DISTRICT}"


def user(username):
    return get_user_model().objects.get(username=username)


def client_for(username):
    client = Client()
    client.force_login(user(username))
    return client


def refused(response):
    """Wagtail's admin answers a PermissionDenied with 403, or with a redirect to the
    dashboard and a 'no permission' message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def snapshot(*instances):
    """Everything an editorial action could change."""
    rows = []
    for instance in instances:
        instance = type(instance).objects.get(pk=instance.pk)
        rows.append(
            {
                field.attname: getattr(instance, field.attname)
                for field in instance._meta.concrete_fields
            }
        )
    return (
        Revision.objects.count(),
        WorkflowState.objects.count(),
        TaskState.objects.count(),
        StringTranslation.objects.count(),
        Location.objects.count(),
        rows,
    )


def german(language="de"):
    return Locale.objects.get(language_code=language)


def district_page(slug, language="de"):
    return DistrictPage.objects.get(locale=german(language), district__slug=slug)


def statewide_article():
    return ArticlePage.objects.filter(locale=german()).first()


def page_form(page, **changes):
    page = page.specific
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([]),
        "last_reviewed": page.last_reviewed.isoformat(),
        "comments": inline_formset([]),
    }
    if isinstance(page, DistrictPage):
        data["district"] = page.district_id
    data.update(changes)
    return nested_form_data(data)


def location_in(district_slug, language="de"):
    return (
        Location.objects.filter(locale=german(language), district__slug=district_slug)
        .order_by("pk")
        .first()
    )


def translate_segment(client, translation, segment, text):
    """Save one segment's translation as the translation editor does."""
    return client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        urlencode({"value": text}),
        content_type="application/x-www-form-urlencoded",
    )


def location_edit_url(location):
    return reverse(Location.snippet_viewset.get_url_name("edit"), args=[location.pk])


@pytest.fixture
def farsi_translation():
    """A German article with a Farsi translation under way (not yet published)."""
    article = statewide_article()
    page = start_translation(article, german("fa"), user("ministry"))
    return page.specific


@pytest.fixture
def arabic_translation():
    """A page the demo translated into Arabic through wagtail-localize."""
    translation = Translation.objects.filter(
        target_locale=german("ar"), source__specific_content_type__model="articlepage"
    ).first()
    return translation.get_target_instance().specific


# --- pages -----------------------------------------------------------------------------


SAVE_CASES = [
    ("ministry", "statewide", True),
    ("ministry", "own", True),
    ("ministry", "other", True),
    (DISTRICT_EDITOR, "own", True),
    (DISTRICT_EDITOR, "other", False),
    (DISTRICT_EDITOR, "statewide", False),
    ("moderator", "own", False),
    ("moderator", "statewide", False),
    ("translator-fa-1", "own", False),
    ("translator-fa-1", "statewide", False),
]
# District editors hold their district's subtree in every language tree.
PAGE_EDIT_CASES = [
    *SAVE_CASES,
    (DISTRICT_EDITOR, "own-english", True),
    (DISTRICT_EDITOR, "other-english", False),
]


def page_target(name):
    return {
        "statewide": statewide_article,
        "own": lambda: district_page(OWN_DISTRICT),
        "own-english": lambda: district_page(OWN_DISTRICT, "en"),
        "other-english": lambda: district_page(OTHER_DISTRICT, "en"),
        "other": lambda: district_page(OTHER_DISTRICT),
    }[name]()


@pytest.mark.parametrize(("actor", "target", "allowed"), PAGE_EDIT_CASES)
def test_open_the_page_edit_view(actor, target, allowed):
    page = page_target(target)
    response = client_for(actor).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert (response.status_code == 200) is allowed
    assert refused(response) is not allowed


@pytest.mark.parametrize(("actor", "target", "allowed"), PAGE_EDIT_CASES)
def test_see_the_page_in_the_listing(actor, target, allowed):
    page = page_target(target)
    response = client_for(actor).get(reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
    listed = (
        response.status_code == 200
        and reverse("wagtailadmin_pages:edit", args=[page.pk]) in response.content.decode()
    )
    assert listed is allowed


@pytest.mark.parametrize(("actor", "target", "allowed"), SAVE_CASES)
def test_save_a_draft(actor, target, allowed):
    page = page_target(target)
    before = snapshot(page)
    response = client_for(actor).post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form(page, title=f"{page.title} (Entwurf)"),
    )
    if allowed:
        assert response.status_code == 302 and not refused(response)
        page.refresh_from_db()
        assert page.get_latest_revision_as_object().title.endswith("(Entwurf)")
        assert page.live_revision_id == before[-1][0]["live_revision_id"]
    else:
        assert refused(response)
        assert snapshot(page) == before


PUBLISH_CASES = [
    ("ministry", "statewide", True),
    ("ministry", "own", True),
    (DISTRICT_EDITOR, "own", False),
    (DISTRICT_EDITOR, "other", False),
    ("moderator", "own", False),
    ("translator-fa-1", "statewide", False),
]


@pytest.mark.parametrize(("actor", "target", "allowed"), PUBLISH_CASES)
def test_publish(actor, target, allowed):
    page = page_target(target)
    before = snapshot(page)
    response = client_for(actor).post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form(page, title=f"{page.title} (neu)", **{"action-publish": "action-publish"}),
    )
    page.refresh_from_db()
    if allowed:
        assert response.status_code == 302
        assert page.title.endswith("(neu)")
    else:
        assert page.title == before[-1][0]["title"]
        assert page.live_revision_id == before[-1][0]["live_revision_id"]
        if refused(response):
            assert snapshot(page) == before
        else:
            # An editor who may edit but not publish gets a draft, never a live page.
            assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


SUBMIT_CASES = [
    (DISTRICT_EDITOR, "own", True),
    (DISTRICT_EDITOR, "other", False),
    ("moderator", "own", False),
    ("translator-fa-1", "own", False),
]


def submit(actor, page):
    return client_for(actor).post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form(page, title=f"{page.title} (zur Freigabe)", **{"action-submit": "1"}),
    )


@pytest.mark.parametrize(("actor", "target", "allowed"), SUBMIT_CASES)
def test_submit_for_approval(actor, target, allowed):
    page = page_target(target)
    before = snapshot(page)
    response = submit(actor, page)
    page.refresh_from_db()
    if allowed:
        assert response.status_code == 302
        state = page.current_workflow_state
        assert state.workflow.name == "Publishing approval"
        assert state.requested_by.username == actor
        assert not page.title.endswith("(zur Freigabe)")
    else:
        assert refused(response)
        assert snapshot(page) == before


def approve(actor, page, action="approve", comment=""):
    task_state = page.current_workflow_task_state
    return client_for(actor).post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": comment},
    )


@pytest.mark.parametrize(
    ("actor", "allowed"),
    [
        ("moderator", True),
        ("ministry", False),
        (DISTRICT_EDITOR, False),
        (f"district-{OTHER_DISTRICT}", False),
        ("translator-fa-1", False),
    ],
)
def test_approve_a_district_change(actor, allowed):
    page = district_page(OWN_DISTRICT)
    assert submit(DISTRICT_EDITOR, page).status_code == 302
    page.refresh_from_db()
    before = snapshot(page)
    response = approve(actor, page)
    page.refresh_from_db()
    if allowed:
        assert page.title.endswith("(zur Freigabe)")
        assert page.current_workflow_state is None
    else:
        assert refused(response)
        assert snapshot(page) == before


def test_a_moderator_rejects_with_a_comment_for_the_editor():
    page = district_page(OWN_DISTRICT)
    submit(DISTRICT_EDITOR, page)
    page.refresh_from_db()
    live_title = page.title
    response = approve("moderator", page, action="reject", comment="Bitte Öffnungszeiten prüfen.")
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert page.title == live_title
    task_state = TaskState.objects.filter(workflow_state=state).latest("pk")
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Bitte Öffnungszeiten prüfen."
    # The editor sees the comment on their page.
    edit_view = client_for(DISTRICT_EDITOR).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "Bitte Öffnungszeiten prüfen." in edit_view.content.decode()


# --- translation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actor", "language", "allowed"),
    [
        ("translator-fa-1", "fa", True),
        ("translator-fa-1", "ar", False),
        ("translator-ar-1", "fa", False),
        (DISTRICT_EDITOR, "fa", False),
        ("moderator", "fa", False),
    ],
)
def test_translate_a_segment(actor, language, allowed, farsi_translation, arabic_translation):
    page = farsi_translation if language == "fa" else arabic_translation
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    editor = client_for(actor).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert (editor.status_code == 200 and b"js-translation-editor" in editor.content) is allowed
    segment = StringSegment.objects.filter(source=translation.source).order_by("order").first()
    before = snapshot(page)
    response = translate_segment(client_for(actor), translation, segment, "ترجمه")
    if allowed:
        assert response.status_code in (200, 201)
        assert StringTranslation.objects.filter(
            translation_of=segment.string, locale=page.locale, context=segment.context
        ).exists()
    else:
        assert response.status_code == 403
        assert snapshot(page) == before


@pytest.mark.parametrize(
    ("actor", "language", "allowed"),
    [
        ("translator-fa-1", "fa", True),
        ("translator-fa-1", "ar", False),
        ("translator-ar-1", "fa", False),
        (DISTRICT_EDITOR, "fa", False),
    ],
)
def test_submit_a_translation_for_review(
    actor, language, allowed, farsi_translation, arabic_translation
):
    page = farsi_translation if language == "fa" else arabic_translation
    before = snapshot(page)
    response = client_for(actor).post(reverse("welcome_submit_for_review", args=[page.pk]))
    if allowed:
        assert response.status_code == 302
        page.refresh_from_db()
        assert page.current_workflow_state.workflow.name == "Translation review: Persian"
        assert page.live_revision_id == before[-1][0]["live_revision_id"]
    else:
        assert refused(response)
        assert snapshot(page) == before


def test_translators_may_not_publish_in_the_translation_editor(farsi_translation):
    before = snapshot(farsi_translation)
    response = client_for("translator-fa-1").post(
        reverse("wagtailadmin_pages:edit", args=[farsi_translation.pk]), {"action": "publish"}
    )
    assert refused(response)
    assert snapshot(farsi_translation) == before


@pytest.mark.parametrize(
    ("actor", "allowed"),
    [
        ("translator-fa-2", True),
        ("moderator", True),
        ("translator-fa-1", False),  # the submitter
        ("translator-ar-1", False),
        ("ministry", False),
        (DISTRICT_EDITOR, False),
    ],
)
def test_approve_a_translation(actor, allowed, farsi_translation):
    submit_for_review(farsi_translation, user("translator-fa-1"))
    farsi_translation.refresh_from_db()
    before = snapshot(farsi_translation)
    response = approve(actor, farsi_translation)
    farsi_translation.refresh_from_db()
    if allowed:
        assert farsi_translation.current_workflow_state is None
        assert farsi_translation.live_revision.object_id == str(farsi_translation.pk)
    else:
        assert refused(response)
        assert snapshot(farsi_translation) == before


def test_the_submitter_does_not_see_their_own_translation_among_tasks(farsi_translation):
    submit_for_review(farsi_translation, user("translator-fa-1"))
    dashboard = client_for("translator-fa-1").get(reverse("wagtailadmin_home")).content.decode()
    colleague = client_for("translator-fa-2").get(reverse("wagtailadmin_home")).content.decode()
    workflow_url = reverse("wagtailadmin_pages:edit", args=[farsi_translation.pk])
    assert "Awaiting your review" not in dashboard or workflow_url not in dashboard
    assert workflow_url in colleague


@pytest.mark.parametrize(
    ("actor", "language", "allowed"),
    [
        ("translator-fa-1", "fa", True),
        ("translator-fa-1", "ar", False),
        (DISTRICT_EDITOR, "fa", False),
        ("moderator", "fa", False),
    ],
)
def test_start_a_translation_from_the_list(actor, language, allowed, new_german_article):
    article = new_german_article
    target = article.get_translation(german(language))
    assert target.alias_of_id
    before = snapshot(target)
    response = client_for(actor).post(
        reverse("welcome_start_translation", args=[article.pk, language])
    )
    target.refresh_from_db()
    if allowed:
        assert response.status_code == 302
        assert target.alias_of_id is None
        assert not Revision.page_revisions.filter(
            pk=target.live_revision_id, object_id=str(target.pk)
        ).exists()
    else:
        assert refused(response)
        assert snapshot(target) == before


# --- locations and contact persons -----------------------------------------------------


@pytest.mark.parametrize(
    ("actor", "district", "allowed"),
    [
        ("ministry", OWN_DISTRICT, True),
        ("ministry", OTHER_DISTRICT, True),
        (DISTRICT_EDITOR, OWN_DISTRICT, True),
        (DISTRICT_EDITOR, OTHER_DISTRICT, False),
        ("moderator", OWN_DISTRICT, False),
        ("translator-fa-1", OWN_DISTRICT, False),
    ],
)
def test_open_and_save_a_location(actor, district, allowed):
    location = location_in(district)
    client = client_for(actor)
    url = location_edit_url(location)
    assert (client.get(url).status_code == 200) is allowed
    before = snapshot(location)
    response = client.post(url, location_form(location, opening_hours_note="Geprüft"))
    if allowed:
        assert response.status_code == 302, response.content.decode()[:2000]
        location.refresh_from_db()
        assert location.opening_hours_note == "Geprüft"
    else:
        assert refused(response)
        assert snapshot(location) == before


def location_form(location, **changes):
    """The location's edit form as a browser would send it, with some changes."""
    return location_form_data(
        **{
            "name": location.name,
            "slug": location.slug,
            "district": location.district_id,
            "external_id": location.external_id,
            **changes,
        }
    )


@pytest.mark.parametrize(
    ("actor", "visible", "hidden"),
    [
        (DISTRICT_EDITOR, OWN_DISTRICT, OTHER_DISTRICT),
        ("ministry", OTHER_DISTRICT, None),
    ],
)
def test_location_listing_shows_only_what_the_role_may_edit(actor, visible, hidden):
    response = client_for(actor).get(
        reverse(Location.snippet_viewset.get_url_name("list")), {"locale": "de"}
    )
    listed = response.context["object_list"]
    german_locations = Location.objects.filter(locale=german())
    if hidden:
        assert {location.district.slug for location in listed} == {visible}
        expected = german_locations.filter(district__slug=visible).count()
    else:
        expected = german_locations.count()
    assert response.context["paginator"].count == expected


def test_location_chooser_offers_only_own_district():
    response = client_for(DISTRICT_EDITOR).get(
        reverse(Location.snippet_viewset.chooser_viewset.get_url_name("choose_results")),
        {"locale": "de"},
    )
    assert response.status_code == 200
    districts = {location.district.slug for location in response.context["results"]}
    assert districts == {OWN_DISTRICT}
    other = location_in(OTHER_DISTRICT)
    chosen = client_for(DISTRICT_EDITOR).get(
        reverse(Location.snippet_viewset.chooser_viewset.get_url_name("chosen"), args=[other.pk]),
        follow=True,
    )
    assert chosen.status_code == 404


def test_a_district_editor_cannot_move_a_location_to_another_district():
    location = location_in(OWN_DISTRICT)
    client = client_for(DISTRICT_EDITOR)
    data = location_form(location, district=location_in(OTHER_DISTRICT).district_id)
    before = snapshot(location)
    response = client.post(location_edit_url(location), data)
    assert response.status_code == 200  # the form again, with the error
    assert response.context["form"].errors["district"]
    assert snapshot(location) == before


@pytest.mark.parametrize(
    ("actor", "district", "allowed"),
    [
        (DISTRICT_EDITOR, OTHER_DISTRICT, False),
        (f"district-{OTHER_DISTRICT}", OWN_DISTRICT, False),
        ("ministry", OWN_DISTRICT, True),
    ],
)
def test_delete_a_location_of_another_district(actor, district, allowed):
    location = location_in(district)
    url = reverse(Location.snippet_viewset.get_url_name("delete"), args=[location.pk])
    before = snapshot(location)
    response = client_for(actor).post(url)
    if allowed:
        assert not Location.objects.filter(pk=location.pk).exists()
    else:
        assert refused(response)
        assert snapshot(location) == before


@pytest.mark.parametrize(
    ("actor", "whose", "allowed"),
    [
        (DISTRICT_EDITOR, "own", True),
        (DISTRICT_EDITOR, "ministry", False),
        (f"district-{OTHER_DISTRICT}", "own", False),
        ("ministry", "own", True),
    ],
)
def test_open_a_contact_person(actor, whose, allowed):
    person = ContactPerson.objects.filter(
        locale=german(),
        **({"district__slug": OWN_DISTRICT} if whose == "own" else {"district": None}),
    ).first()
    url = reverse(ContactPerson.snippet_viewset.get_url_name("edit"), args=[person.pk])
    response = client_for(actor).get(url)
    assert (response.status_code == 200) is allowed
    assert refused(response) is not allowed


@pytest.mark.parametrize(
    ("actor", "language", "allowed"),
    [
        ("translator-fa-1", "fa", True),
        ("translator-fa-1", "ar", False),
        ("translator-fa-1", "de", False),
        ("translator-ar-1", "ar", True),
    ],
)
def test_translators_edit_only_their_languages_locations(actor, language, allowed):
    source = location_in(OWN_DISTRICT)
    if not source.has_translation(german(language)):
        TranslationCreator(user("ministry"), [german(language)]).create_translations(source)
    location = source.get_translation(german(language))
    response = client_for(actor).get(location_edit_url(location))
    assert (response.status_code == 200) is allowed
    assert refused(response) is not allowed
    if allowed:
        assert b"js-translation-editor" in response.content


def test_a_translated_location_is_published_by_a_second_translator():
    source = location_in(OWN_DISTRICT)
    arabic = german("ar")
    if not source.has_translation(arabic):
        TranslationCreator(user("ministry"), [arabic]).create_translations(source)
    location = source.get_translation(arabic)
    translation = Translation.objects.get(
        source__object_id=location.translation_key, target_locale=arabic, enabled=True
    )
    segment = (
        StringSegment.objects.filter(source=translation.source, context__path="name")
        .select_related("string")
        .get()
    )
    author = client_for("translator-ar-1")
    response = translate_segment(author, translation, segment, "مكتب")
    assert response.status_code in (200, 201)

    before = snapshot(location)
    response = author.post(location_edit_url(location), {"action": "publish"})
    assert response.status_code == 302
    assert snapshot(location) == before

    response = client_for("translator-ar-2").post(
        location_edit_url(location), {"action": "publish"}
    )
    assert response.status_code == 302
    location.refresh_from_db()
    assert location.name == "مكتب"
