"""The paths around the editors' tasks: two saves of one page or record, what choosers
offer, a translator outside the translation editor, the offline gazetteer behind the
location form, and what the admin requests from elsewhere."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from directory.models import Category, Location
from home.models import DistrictPage
from welcome.editorial import translation_workflow
from welcome.editorial.translation_workflow import page_translations

pytestmark = pytest.mark.django_db


def loaded_markers(html):
    """The hidden inputs a page edit form carries to tell which version it was opened on."""
    return dict(re.findall(r'name="(loaded_revision_(?:id|created_at))" value="([^"]*)"', html))


def district_page_form(page, intro, markers):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "district": page.district_id,
            "intro": intro,
            "body": streamfield([]),
            "last_reviewed": page.last_reviewed.isoformat(),
            "comments": inline_formset([]),
            **markers,
        }
    )


def test_a_page_save_over_a_newer_version_is_refused_then_allowed_on_purpose(client_for):
    page = DistrictPage.objects.get(
        locale__language_code="de", district__slug="ludwigslust-parchim"
    )
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    first, second = client_for("district-ludwigslust-parchim"), client_for("ministry")
    opened = [loaded_markers(client.get(edit_url).content.decode()) for client in (first, second)]
    assert opened[0] and opened[0] == opened[1]

    saved = first.post(edit_url, district_page_form(page, "Erste Fassung.", opened[0]))
    assert saved.status_code == 302

    refused = second.post(
        edit_url, {**district_page_form(page, "Zweite Fassung.", opened[1]), "action-publish": "1"}
    )
    assert refused.status_code == 200
    html = refused.content.decode()
    assert "saved a newer version of this while you were editing" in html
    page.refresh_from_db()
    assert page.get_latest_revision().as_object().intro == "Erste Fassung."
    assert page.intro != "Zweite Fassung."

    again = second.post(
        edit_url,
        {
            **district_page_form(page, "Zweite Fassung.", loaded_markers(html)),
            "action-publish": "1",
        },
    )
    assert again.status_code == 302
    page.refresh_from_db()
    assert page.intro == "Zweite Fassung."


def location_form(location, markers, **changes):
    """The location's edit form as the browser sends it (its inlines unchanged)."""
    links = list(location.category_links.all())
    data = {
        "name": location.name,
        "slug": location.slug,
        "organisation": location.organisation,
        "description": location.description,
        "district": location.district_id,
        "street": location.street,
        "postcode": location.postcode,
        "city": location.city,
        "point": location.point,
        "phone": location.phone,
        "email": location.email,
        "website": location.website,
        "opening_hours_note": location.opening_hours_note,
        "wheelchair_access": location.wheelchair_access,
        "external_id": location.external_id,
        "last_verified": location.last_verified.isoformat(),
        "category_links": inline_formset(
            [{"id": link.pk, "category": link.category_id} for link in links],
            initial=len(links),
            min=1,
        ),
        "opening_hours": inline_formset([]),
        "spoken_languages": inline_formset([]),
        "closed_on_public_holidays": "on" if location.closed_on_public_holidays else "",
        "special_opening_hours": inline_formset([]),
        **markers,
        **changes,
    }
    return nested_form_data(data)


def test_a_record_save_over_a_newer_version_is_refused_then_allowed_on_purpose(
    client_for, demo_user
):
    location = (
        Location.objects.filter(locale__language_code="de", district__slug="ludwigslust-parchim")
        .order_by("pk")
        .first()
    )
    location.opening_hours.all().delete()
    location.spoken_languages.all().delete()
    url = reverse(Location.snippet_viewset.get_url_name("edit"), args=[location.pk])
    first, second = client_for("district-ludwigslust-parchim"), client_for("ministry")
    opened = []
    for client in (first, second):
        html = client.get(url).content.decode()
        marker = re.search(r'name="loaded_updated_at" value="([^"]+)"', html).group(1)
        opened.append({"loaded_updated_at": marker})

    assert first.post(url, location_form(location, opened[0], phone="0385 1")).status_code == 302
    refused = second.post(url, location_form(location, opened[1], phone="0385 2"))
    assert refused.status_code == 200
    html = refused.content.decode()
    editor = demo_user("district-ludwigslust-parchim")
    assert f"{editor.get_full_name() or editor.username} saved a newer version" in html
    location.refresh_from_db()
    assert location.phone == "0385 1"

    newer = re.search(r'name="loaded_updated_at" value="([^"]+)"', html).group(1)
    again = second.post(url, location_form(location, {"loaded_updated_at": newer}, phone="0385 2"))
    assert again.status_code == 302
    location.refresh_from_db()
    assert location.phone == "0385 2"


def test_a_district_editor_may_choose_every_german_category(client_for):
    client = client_for("district-ludwigslust-parchim")
    response = client.get(
        reverse(Category.snippet_viewset.chooser_viewset.get_url_name("choose_results"))
    )
    assert response.status_code == 200
    offered = {category.pk for category in response.context["results"].paginator.object_list}
    german = set(Category.objects.filter(locale__language_code="de").values_list("pk", flat=True))
    assert offered == german
    chosen = client.get(
        reverse(Category.snippet_viewset.chooser_viewset.get_url_name("chosen"), args=[min(german)])
    )
    assert chosen.status_code == 200


def test_a_translator_may_not_edit_a_record_translation_outside_the_translation_editor(
    client_for, demo_user
):
    source = (
        Location.objects.filter(locale__language_code="de", district__slug="ludwigslust-parchim")
        .order_by("pk")
        .first()
    )
    farsi = Locale.objects.get(language_code="fa")
    TranslationCreator(demo_user("ministry"), [farsi]).create_translations(source)
    target = source.get_translation(farsi)
    Translation.objects.filter(
        source__object_id=source.translation_key, target_locale=farsi
    ).update(enabled=False)
    url = reverse(Location.snippet_viewset.get_url_name("edit"), args=[target.pk])
    translator = client_for("translator-fa-1")
    assert translator.get(url).status_code in (302, 403)
    before = Location.objects.filter(pk=target.pk).values().get()
    response = translator.post(url, {"name": "Eigenmächtig", "website": "https://example.org/"})
    assert response.status_code in (302, 403)
    assert Location.objects.filter(pk=target.pk).values().get() == before
    assert client_for("ministry").get(url).status_code == 200


def test_a_translation_whose_only_gap_is_the_slug_is_current(
    django_capture_on_commit_callbacks, client_for, demo_user, new_german_article
):
    german = new_german_article
    farsi = Locale.objects.get(language_code="fa")
    page = translation_workflow.start_translation(german, farsi, demo_user("ministry")).specific
    translation = Translation.objects.get(
        source__object_id=german.translation_key, target_locale=farsi
    )
    translator = demo_user("translator-fa-1")
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        if segment.context.path == translation_workflow.SLUG_PATH:
            continue
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=farsi,
            context=segment.context,
            data=f"FA {segment.pk}",
            last_translated_by=translator,
        )
    translation_workflow.submit_for_review(page, translator)
    reviewer = client_for("translator-fa-2")
    task_state = page.current_workflow_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    assert reviewer.post(approve, {"comment": ""}).status_code == 302
    state = page_translations(farsi, [german])[0]
    assert state.state == translation_workflow.CURRENT
    assert state.untranslated_segments == 0

    # A new German slug changes no text: nothing is outdated, and nobody is e-mailed.
    mail.outbox.clear()
    german.slug = "sprachcafe-neu"
    with django_capture_on_commit_callbacks(execute=True):
        german.save_revision(user=demo_user("ministry")).publish()
    assert page_translations(farsi, [german])[0].state == translation_workflow.CURRENT
    assert mail.outbox == []

    # Changed text outdates it, and its translator hears of it in their admin language.
    german.intro = "Der Integrationskurs hat jetzt auch Abendkurse."
    with django_capture_on_commit_callbacks(execute=True):
        german.save_revision(user=demo_user("ministry")).publish()
    assert page_translations(farsi, [german])[0].state == translation_workflow.OUTDATED
    told = [message for message in mail.outbox if translator.email in message.to]
    assert len(told) == 1
    assert german.title in told[0].subject
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in told[0].body


@pytest.mark.parametrize(
    ("query", "status", "expected"),
    [
        ({"q": "Parchim"}, 200, "Parchim"),
        ({"q": "بارشيم"}, 200, "Parchim"),
        ({"q": "Parchimm"}, 200, '"place": null, "suggestions": ["Parchim'),
        ({"q": ""}, 400, "q"),
        ({"q": "x" * 101}, 400, "q"),
        ({"q": "Par\x00chim"}, 400, "q"),
        ({"bbox": "11,53,12,54"}, 200, "Parchim"),
        ({"bbox": "11,53,12"}, 400, "bbox"),
        ({"bbox": "nan,53,inf,54"}, 400, "bbox"),
        ({"bbox": "12,53,11,54"}, 400, "bbox"),
    ],
)
def test_the_offline_gazetteer_of_the_location_form(query, status, expected, client_for):
    response = client_for("district-ludwigslust-parchim").get(
        reverse("directory_place_search"), query
    )
    assert response.status_code == status
    assert expected in response.content.decode("unicode_escape")


def test_the_gazetteer_is_for_editors_only(client):
    response = client.get(reverse("directory_place_search"), {"q": "Parchim"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_admin_requests_nothing_from_other_hosts(client_for):
    html = client_for("ministry").get(reverse("wagtailadmin_home")).content.decode()
    assert "gravatar.com" not in html
    form = client_for("district-ludwigslust-parchim").get(
        reverse(Location.snippet_viewset.get_url_name("add"))
    )
    page = form.content.decode()
    assert "unpkg.com" not in page and "nominatim" not in page
    requested = r'(?:<script[^>]+src|<img[^>]+src|<link[^>]+href)="(https?://[^"]+)"'
    assert re.findall(requested, page) == []


def test_bulk_delete_leaves_records_outside_the_scope_alone(client_for):
    own, other = (
        Location.objects.filter(locale__language_code="de", district__slug=slug)
        .order_by("pk")
        .first()
        for slug in ("ludwigslust-parchim", "rostock")
    )
    url = (
        reverse("wagtail_bulk_action", args=["directory", "location", "delete"])
        + f"?id={own.pk}&id={other.pk}"
    )
    client = client_for("district-ludwigslust-parchim")
    confirm = client.get(url)
    assert confirm.status_code == 200
    client.post(url)
    assert not Location.objects.filter(pk=own.pk).exists()
    assert Location.objects.filter(pk=other.pk).exists()
