"""A database made before `welcome` was split into foundation, editorial and demo apps
upgrades with nothing lost: the legal pages setting moves to the foundation with its
rows, its content type (so the permissions groups hold on it) and its table."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Page

from welcome.editorial.roles import MINISTRY_EDITORS
from welcome.foundation.models import LegalPages

pytestmark = pytest.mark.django_db

BEFORE_THE_SPLIT = [("welcome", "0002_editorial_roles"), ("foundation", None)]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    ContentType.objects.clear_cache()
    return executor.loader.project_state([node for node in targets if node[1]]).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def test_a_database_from_before_the_split_keeps_its_legal_pages_and_permissions():
    old_apps = migrate(BEFORE_THE_SPLIT)
    old_content_type = old_apps.get_model("contenttypes", "ContentType")
    legal_type = old_content_type.objects.get(app_label="welcome", model="legalpages")
    assert not old_content_type.objects.filter(app_label="foundation").exists()

    old_legal_pages = old_apps.get_model("welcome", "LegalPages")
    imprint = Page.objects.get(depth=2, locale__language_code="de").get_children().first()
    old_legal_pages.objects.update(imprint_id=imprint.pk)
    rows_before = sorted(
        old_legal_pages.objects.values_list("id", "site_id", "imprint_id", "privacy_id")
    )
    assert rows_before

    migrate(latest())

    assert sorted(LegalPages.objects.values_list("id", "site_id", "imprint_id", "privacy_id")) == (
        rows_before
    )
    assert ContentType.objects.get_for_model(LegalPages).pk == legal_type.pk
    change = Permission.objects.get(content_type_id=legal_type.pk, codename="change_legalpages")
    assert change in Group.objects.get(name=MINISTRY_EDITORS).permissions.all()
    assert not ContentType.objects.filter(app_label="welcome", model="legalpages").exists()


def test_the_split_can_be_undone():
    migrate(BEFORE_THE_SPLIT)
    assert ContentType.objects.filter(app_label="welcome", model="legalpages").exists()
    migrate(latest())
    assert ContentType.objects.filter(app_label="foundation", model="legalpages").exists()
