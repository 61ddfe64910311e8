import datetime
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.checks import run_checks
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    WorkflowPage,
)

from directory.models import District, Location
from home.models import ArticlePage, DistrictPage
from welcome.demo.checks import refuse_demo_passwords
from welcome.demo.users import DEMO_PASSWORD, accounts_with_demo_password
from welcome.editorial import roles
from welcome.editorial.models import GroupScope

pytestmark = pytest.mark.django_db


def permission_rows():
    return (
        sorted(Group.objects.values_list("name", flat=True)),
        sorted(GroupPagePermission.objects.values_list("group__name", "page_id", "permission_id")),
        sorted(
            GroupCollectionPermission.objects.values_list(
                "group__name", "collection_id", "permission_id"
            )
        ),
        sorted(GroupScope.objects.values_list("group__name", "district_id", "locale_id")),
        sorted(WorkflowPage.objects.values_list("page_id", "workflow__name")),
    )


def test_the_roles_of_design_md_exist():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Ministry editors", "Moderators"} <= names
    for district in District.objects.filter(locale__language_code="de"):
        assert f"District editors: {district.name}" in names
    for code, language in [("en", "English"), ("ar", "Arabic"), ("fa", "Persian")]:
        assert f"Translators: {language}" in names
        assert Locale.objects.filter(language_code=code).exists()
    assert "Translators: German" not in names
    assert "Editors" not in names


def test_setup_roles_is_idempotent_and_repairs_drift():
    before = permission_rows()
    call_command("setup_roles", verbosity=0)
    assert permission_rows() == before
    moderators = Group.objects.get(name="Moderators")
    home = ArticlePage.objects.filter(locale__language_code="de").first().get_parent()
    GroupPagePermission.objects.create(
        group=moderators, page=home, permission=GroupPagePermission.objects.first().permission
    )
    call_command("setup_roles", verbosity=0)
    assert permission_rows() == before


def test_district_editors_hold_their_district_page_in_every_language_tree():
    district = District.objects.get(locale__language_code="de", slug="schwerin")
    group = Group.objects.get(name=f"District editors: {district.name}")
    pages = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True))
    assert pages == set(DistrictPage.objects.filter(district=district).values_list("pk", flat=True))
    assert len(pages) == Locale.objects.count()
    media = GroupCollectionPermission.objects.filter(group=group)
    own = {
        grant.permission.codename
        for grant in media.filter(collection__name="District: " + district.name)
    }
    assert {"add_image", "change_image", "add_document", "change_document"} <= own
    shared = {grant.permission.codename for grant in media.filter(collection__depth=1)}
    assert shared == {"choose_image", "choose_document"}


def test_a_new_district_gets_its_group_once_committed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        district = District.objects.create(
            locale=Locale.objects.get(language_code="de"),
            name="Landkreis Beispiel",
            short_name="Beispiel",
            slug="beispiel",
        )
        District.objects.create(
            locale=Locale.objects.get(language_code="de"),
            name="Landkreis Zweitbeispiel",
            short_name="Zweitbeispiel",
            slug="zweitbeispiel",
        )
    # One run of the roles sync for both; other receivers have callbacks of their own.
    assert sum(callback is roles._run_scheduled_sync for callback in callbacks) == 1
    group = Group.objects.get(name="District editors: Landkreis Beispiel")
    assert group.scope.district == district


def test_the_review_workflows_cover_the_language_trees():
    assignments = dict(
        WorkflowPage.objects.values_list("page__locale__language_code", "workflow__name")
    )
    assert assignments["de"] == "Publishing approval"
    assert assignments["fa"] == "Translation review: Persian"
    assert len(assignments) == Locale.objects.count()


# --- demo accounts ---------------------------------------------------------------------


def test_demo_accounts_exist_for_every_role_and_can_log_in():
    for username in ("admin", "ministry", "moderator", "district-schwerin", "translator-fa-1"):
        client = Client()
        # Through the admin's sign-in form, as django-axes counts sign-ins there.
        response = client.post(
            reverse("wagtailadmin_login"), {"username": username, "password": DEMO_PASSWORD}
        )
        assert response.status_code == 302, username
        assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_server_refuses_to_start_while_demo_passwords_work(settings):
    settings.DEBUG = False
    with pytest.raises(ImproperlyConfigured, match="ministry"):
        refuse_demo_passwords()
    errors = [
        error for error in run_checks(include_deployment_checks=True) if error.id == "welcome.E001"
    ]
    assert errors
    for user in get_user_model().objects.filter(username__in=accounts_with_demo_password()):
        user.set_password("a-real-secret-only-the-admin-knows")
        user.save()
    refuse_demo_passwords()
    assert not [
        error for error in run_checks(include_deployment_checks=True) if error.id == "welcome.E001"
    ]


def test_a_development_server_starts_with_demo_accounts(settings):
    settings.DEBUG = True
    refuse_demo_passwords()


# --- content health --------------------------------------------------------------------


def health(client, **params):
    return client.get(reverse("welcome_content_health"), params)


def test_the_content_health_report_counts_what_is_stale(new_german_article):
    client = Client()
    client.force_login(get_user_model().objects.get(username="ministry"))

    def tables():
        response = health(client)
        assert response.status_code == 200
        return {table["key"]: table for table in response.context["tables"]}

    def first_cells(table):
        return {cells[0] for cells, _ in table["rows"]}

    before = tables()
    old = datetime.date.today() - datetime.timedelta(days=400)
    article = ArticlePage.objects.filter(locale__language_code="de").first()
    ArticlePage.objects.filter(pk=article.pk).update(last_reviewed=old)
    fresh = Location.objects.filter(
        locale__language_code="de", district__slug="rostock", last_verified__gt=old
    )
    location = fresh.first()
    Location.objects.filter(pk=location.pk).update(last_verified=old)
    after = tables()

    assert first_cells(after["pages"]) - first_cells(before["pages"]) == {article.title}
    assert first_cells(after["locations"]) - first_cells(before["locations"]) == {location.name}
    rostock_before, rostock = (
        next(cells for cells, _ in table["districts"]["rows"] if cells[0] == "Rostock")
        for table in (before, after)
    )
    assert (
        rostock[1]
        == Location.objects.filter(locale__language_code="de", district__slug="rostock").count()
    )
    assert rostock[2] == rostock_before[2] + 1
    languages = {cells[0]: cells for cells, _ in after["languages"]["rows"]}
    german_pages = Page.objects.live().filter(locale__language_code="de", depth__gt=1)
    for locale in Locale.objects.exclude(language_code="de"):
        cells = languages[locale.get_display_name()]
        translated = (
            Page.objects.live()
            .filter(locale=locale, alias_of__isnull=True)
            .filter(translation_key__in=german_pages.values("translation_key"))
            .count()
        )
        # Every translation the demo made is reviewed and current; the article an
        # editor just wrote is translated nowhere.
        assert cells[1] == german_pages.count()
        assert cells[2] == cells[4] == translated, locale
        assert cells[3] < 100
    english = languages[Locale.objects.get(language_code="en").get_display_name()]
    assert english[2] > 0

    csv_response = client.get(table_url("locations"), {"export": "csv"})
    assert csv_response.status_code == 200
    assert csv_response["Content-Type"].startswith("text/csv")
    lines = b"".join(csv_response.streaming_content).decode().splitlines()
    assert len(lines) == len(after["locations"]["rows"]) + 1
    assert lines[0] == "Anlaufstelle,Landkreis,Zuletzt überprüft"
    assert any(location.name in line and old.isoformat() in line for line in lines)

    xlsx = client.get(table_url("locations"), {"export": "xlsx"})
    assert xlsx.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content)))
    names = {row[0] for row in workbook.active.iter_rows(min_row=2, values_only=True)}
    assert location.name in names

    report = client.get(table_url("pages"))
    assert report.status_code == 200
    assert article.title in report.content.decode()
    assert client.get(table_url("nonsense")).status_code == 404


def table_url(table):
    return reverse("welcome_content_health_table", args=[table])


def test_content_health_exports_keep_spreadsheets_from_running_formulas():
    client = Client()
    client.force_login(get_user_model().objects.get(username="ministry"))
    old = datetime.date.today() - datetime.timedelta(days=400)
    location = Location.objects.filter(locale__language_code="de").first()
    Location.objects.filter(pk=location.pk).update(
        name='=HYPERLINK("http://example.invalid","x")', last_verified=old
    )
    response = client.get(table_url("locations"), {"export": "csv"})
    body = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK(" in body
    assert "\n=HYPERLINK" not in body and ",=HYPERLINK" not in body


@pytest.mark.parametrize(
    ("username", "allowed"),
    [
        ("ministry", True),
        ("moderator", True),
        ("district-schwerin", False),
        ("translator-fa-1", False),
    ],
)
def test_who_sees_the_content_health_report(username, allowed):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    for response in (
        health(client),
        client.get(table_url("districts")),
        client.get(table_url("districts"), {"export": "xlsx"}),
    ):
        assert (response.status_code == 200) is allowed


def test_a_renamed_district_renames_its_group():
    district = District.objects.get(locale__language_code="de", slug="schwerin")
    group = Group.objects.get(name=f"District editors: {district.name}")
    district.name = "Landeshauptstadt Schwerin"
    district.save()
    call_command("setup_roles", verbosity=0)
    group.refresh_from_db()
    assert group.name == "District editors: Landeshauptstadt Schwerin"
    assert Group.objects.filter(scope__district=district).count() == 1
