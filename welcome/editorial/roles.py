"""The editorial roles of DESIGN.md as Wagtail groups, and what each member may touch.

`sync_roles()` is the one place that creates and updates the groups, their page,
collection and model permissions, their scopes and the two kinds of review workflow.
It is idempotent: it sets each managed group's permissions to exactly what is listed
here, so running it again repairs hand-made drift. It runs from `manage.py setup_roles`,
from the demo set-up, and after a district, a district page or a language is added.

| group | may |
|---|---|
| Ministry editors | edit and publish every page and snippet, request translations, define indicators and enter every figure of the integration monitoring |
| District editors: <district> | add and edit pages below their district page (in every language tree, submitting for approval), their district's locations, contact persons and monitoring figures, and media in their district's collection |
| Translators: <language> | edit their language's pages and snippet translations (indicators included) through the translation editor and review each other's translations |
| Moderators | approve or reject in the publishing workflow |
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from django.utils.translation import get_language_info
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from directory.models import District
from home.models import DistrictPage
from welcome.editorial.models import GroupScope, ReviewTask
from welcome.foundation.languages import locale_id_of, locale_language

MINISTRY_EDITORS = "Ministry editors"
MODERATORS = "Moderators"
DISTRICT_EDITORS_PREFIX = "District editors: "
TRANSLATORS_PREFIX = "Translators: "
MODERATION_WORKFLOW = "Publishing approval"
MODERATION_TASK = "Approval by a moderator"
TRANSLATION_WORKFLOW_PREFIX = "Translation review: "

ADMIN_ACCESS = ["wagtailadmin.access_admin"]
EDITORIAL_REPORTS = ["welcome.view_content_health"]
DIRECTORY_MODELS = ["location", "category", "district", "contactperson"]
MONITORING_MODELS = ["indicator", "indicatorvalue"]
MEDIA_ALL = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
    "wagtaildocs.choose_document",
]
MEDIA_CHOOSE = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]


def language_name(locale):
    """The English name of a locale's language, as used in group names."""
    return get_language_info(locale.language_code)["name"]


def district_editors_name(district):
    return f"{DISTRICT_EDITORS_PREFIX}{district.name}"


def translators_name(locale):
    return f"{TRANSLATORS_PREFIX}{language_name(locale)}"


def district_collection_name(district):
    return f"District: {district.name}"


@dataclass(frozen=True)
class Scope:
    """What a user may touch among the scoped snippets.

    `unrestricted` is true for superusers and ministry editors. Otherwise a record is
    within scope when it is a German record of one of `district_ids` (district editors:
    the translations of their records are the translators' work) or is in one of
    `locale_ids` (translators).
    """

    unrestricted: bool
    district_ids: frozenset = frozenset()
    locale_ids: frozenset = frozenset()

    def records(self, queryset, district_field=None, translatable=True):
        """Narrow a queryset of snippets to this scope; a record in no language is
        within it by its district alone."""
        if self.unrestricted:
            return queryset
        if not translatable:
            return queryset.filter(**{f"{district_field}__in": self.district_ids})
        allowed = Q(locale_id__in=self.locale_ids)
        if district_field:
            # By locale id, not language code: the admin's search backend can filter
            # only on indexed fields.
            allowed |= Q(
                **{f"{district_field}__in": self.district_ids},
                locale_id=locale_id_of(settings.LANGUAGE_CODE),
            )
        return queryset.filter(allowed)

    def covers(self, instance, district_field=None, translatable=True):
        if self.unrestricted:
            return True
        if not translatable:
            return getattr(instance, f"{district_field}_id") in self.district_ids
        if instance.locale_id in self.locale_ids:
            return True
        return (
            bool(district_field)
            and getattr(instance, f"{district_field}_id") in self.district_ids
            and locale_language(instance.locale_id) == settings.LANGUAGE_CODE
        )


def user_scope(user):
    """The scope of a user, computed once per request and kept on the user object."""
    cached = getattr(user, "_welcome_scope", None)
    if cached is not None:
        return cached
    if not user.is_active or not user.is_authenticated:
        scope = Scope(unrestricted=False)
    elif user.is_superuser or user.groups.filter(name=MINISTRY_EDITORS).exists():
        scope = Scope(unrestricted=True)
    else:
        rows = GroupScope.objects.filter(group__user=user).values_list("district_id", "locale_id")
        scope = Scope(
            unrestricted=False,
            district_ids=frozenset(district for district, _ in rows if district),
            locale_ids=frozenset(locale for _, locale in rows if locale),
        )
    user._welcome_scope = scope
    return scope


def _permissions(names):
    """Permission objects for 'app_label.codename' strings; a missing one is an error."""
    permissions = []
    for name in names:
        app_label, codename = name.split(".")
        permissions.append(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return permissions


def _directory_permissions(actions, models=DIRECTORY_MODELS):
    return [f"directory.{action}_{model}" for model in models for action in actions]


def _monitoring_permissions(actions, models=MONITORING_MODELS):
    return [f"monitoring.{action}_{model}" for model in models for action in actions]


def _group(name, model_permissions):
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.set(_permissions(model_permissions))
    return group


def _replace_grants(model, group, target_field, wanted):
    """Make the group's rows of a per-object permission model exactly `wanted`,
    a set of (object id, permission id) pairs."""
    held = {
        (getattr(grant, f"{target_field}_id"), grant.permission_id): grant.pk
        for grant in model.objects.filter(group=group)
    }
    model.objects.filter(pk__in=[pk for key, pk in held.items() if key not in wanted]).delete()
    model.objects.bulk_create(
        model(group=group, permission_id=permission_id, **{f"{target_field}_id": target_id})
        for target_id, permission_id in sorted(wanted - held.keys())
    )


def _set_page_permissions(group, grants):
    """`grants` pairs pages with page permission codenames."""
    wanted = {
        (page.pk, permission.pk)
        for page, codenames in grants
        for permission in _permissions([f"wagtailcore.{codename}" for codename in codenames])
    }
    _replace_grants(GroupPagePermission, group, "page", wanted)


def _set_collection_permissions(group, grants):
    """`grants` pairs collections with image and document permission names."""
    wanted = {
        (collection.pk, permission.pk)
        for collection, names in grants
        for permission in _permissions(names)
    }
    _replace_grants(GroupCollectionPermission, group, "collection", wanted)


def _scoped_group(name, model_permissions, district=None, locale=None):
    """The group limited to this district or language. Found by its scope, so a renamed
    district renames its group instead of leaving the old one with its rights."""
    scope = GroupScope.objects.filter(district=district, locale=locale).select_related("group")
    existing = scope.first()
    if existing and existing.group.name != name:
        existing.group.name = name
        existing.group.save(update_fields=["name"])
    group = _group(name, model_permissions)
    GroupScope.objects.update_or_create(
        group=group, defaults={"district": district, "locale": locale}
    )
    return group


def _review_workflow(name, task_name, groups, pages):
    task, _ = ReviewTask.objects.get_or_create(name=task_name)
    task.groups.set(groups)
    workflow, _ = Workflow.objects.get_or_create(name=name)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def sync_roles():
    """Create or update every group, scope and review workflow. Returns the groups."""
    german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    locale_homes = {
        page.locale_id: page for page in Page.objects.child_of(root_page).select_related("locale")
    }
    groups = []

    ministry = _group(
        MINISTRY_EDITORS,
        ADMIN_ACCESS
        + EDITORIAL_REPORTS
        + _directory_permissions(["add", "change", "delete", "view"])
        + _monitoring_permissions(["add", "change", "delete", "view"])
        + [
            "wagtail_localize.submit_translation",
            "foundation.change_legalpages",
            "wagtailredirects.add_redirect",
            "wagtailredirects.change_redirect",
            "wagtailredirects.delete_redirect",
        ],
    )
    _set_page_permissions(
        ministry,
        [(root_page, ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"])],
    )
    _set_collection_permissions(ministry, [(root_collection, MEDIA_ALL)])
    groups.append(ministry)

    # Wagtail's first migration makes "Moderators" able to edit and publish every page;
    # here they only approve, which their review tasks allow.
    moderators = _group(MODERATORS, ADMIN_ACCESS + EDITORIAL_REPORTS)
    _set_page_permissions(moderators, [])
    _set_collection_permissions(moderators, [])
    groups.append(moderators)
    # Wagtail's default "Editors" group is no role of ours; an empty one would only invite
    # giving someone rights outside the model above.
    Group.objects.filter(name="Editors", user__isnull=True).delete()

    for district in District.objects.filter(locale=german):
        group = _scoped_group(
            district_editors_name(district),
            ADMIN_ACCESS
            + _directory_permissions(["add", "change", "delete"], ["location", "contactperson"])
            + _monitoring_permissions(["add", "change", "delete"], ["indicatorvalue"]),
            district=district,
        )
        district_pages = DistrictPage.objects.filter(district=district)
        _set_page_permissions(
            group, [(page, ["add_page", "change_page"]) for page in district_pages]
        )
        collection = district_collection(root_collection, district)
        _set_collection_permissions(
            group, [(collection, MEDIA_ALL), (root_collection, MEDIA_CHOOSE)]
        )
        groups.append(group)

    for locale in Locale.objects.exclude(pk=german.pk).order_by("language_code"):
        group = _scoped_group(
            translators_name(locale),
            ADMIN_ACCESS
            + _directory_permissions(["change"])
            + _monitoring_permissions(["change"], ["indicator"]),
            locale=locale,
        )
        home = locale_homes.get(locale.pk)
        _set_page_permissions(group, [(home, ["change_page"])] if home else [])
        _set_collection_permissions(group, [(root_collection, MEDIA_CHOOSE)])
        groups.append(group)
        if home:
            _review_workflow(
                f"{TRANSLATION_WORKFLOW_PREFIX}{language_name(locale)}",
                f"Review of the {language_name(locale)} translation",
                [group, moderators],
                [home],
            )

    german_home = locale_homes.get(german.pk)
    _review_workflow(
        MODERATION_WORKFLOW, MODERATION_TASK, [moderators], [german_home] if german_home else []
    )
    return groups


def district_collection(root_collection, district):
    """The media collection of `district`'s editors, made where it is missing."""
    name = district_collection_name(district)
    existing = root_collection.get_children().filter(name=name).first()
    return existing or root_collection.add_child(name=name)


def _run_scheduled_sync():
    sync_roles()


def sync_after_migrate(sender, verbosity=1, **kwargs):
    """Keep roles in step after `migrate`, which is where new languages arrive. Runs for
    the last app that gets post_migrate, when every app's permissions exist."""
    last_app = [config for config in apps.get_app_configs() if config.models_module][-1]
    if sender is last_app:
        groups = sync_roles()
        if verbosity >= 1:
            print(f"Roles in step: {len(groups)} groups.")


def schedule_sync(sender=None, instance=None, created=False, raw=False, **kwargs):
    """After a district, district page or language is added, re-run `sync_roles` once
    the transaction commits: once, however many were added in it.

    Django drops callbacks of rolled-back savepoints from `run_on_commit`, so looking
    there for a pending run is exact where a flag of our own could go stale.
    """
    if raw or not created:
        return
    connection = transaction.get_connection()
    if any(callback is _run_scheduled_sync for _, callback, _ in connection.run_on_commit):
        return
    transaction.on_commit(_run_scheduled_sync)
