"""wagtail-localize's own admin views, held to the same per-record scopes as the rest of
the admin.

wagtail-localize checks page permissions per page, but for directory records only
whether the user may change that *kind* of record. So a district editor or another
language's translator could write segments into, upload a PO file to, machine-translate,
or stop the translation of a record outside their scope, and its chooser API listed
every record. `TranslationScopeMiddleware` checks each of these views before it runs,
by the URL name it resolved to, with the same checks every other admin path uses (the
page's permissions, the record's scoped permission policy):

| wagtail-localize view | who may |
|---|---|
| string and override edits, PO download and upload, machine translation, preview | whoever may edit the translated page or record |
| stop a translation, convert a translated page back into an alias | whoever may publish it: ministry editors (after either, the text no longer goes through translation review) |
| translations report | users with an unrestricted scope and moderators |
| snippet chooser API | lists only the records the user may choose |

Submitting and updating translations need wagtail-localize's `submit_translation`
permission, which only ministry editors hold; wagtail-localize checks that itself.
"""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation
from wagtail_localize.views.snippets_api import SnippetViewSet

from welcome.editorial.roles import user_scope

NAMESPACE = "wagtail_localize"
EDITS_THE_TARGET = {
    "edit_string_translation",
    "edit_override",
    "download_pofile",
    "upload_pofile",
    "machine_translate",
    "preview_translation",
}
REPORT_PERMISSION = "welcome.view_content_health"


def may_edit(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return policy_registry.get(instance).user_has_permission_for_instance(user, "change", instance)


def may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return user_scope(user).unrestricted and may_edit(user, instance)


def may_see_translation_report(user):
    return user_scope(user).unrestricted or user.has_perm(REPORT_PERMISSION)


def _target(translation_id):
    translation = get_object_or_404(Translation, pk=translation_id)
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        raise Http404 from None


class ScopedSnippetViewSet(SnippetViewSet):
    """wagtail-localize's snippet chooser API, listing only what the user may choose."""

    def get_queryset(self):
        queryset = super().get_queryset()
        policy = policy_registry.get_by_type(queryset.model)
        choosable = getattr(policy, "choosable", None)
        if choosable is not None:
            return choosable(self.request.user, queryset)
        return policy.instances_user_has_any_permission_for(
            self.request.user, ["add", "change", "delete", "view"]
        )


scoped_snippets_listing = ScopedSnippetViewSet.as_view({"get": "list"})
scoped_snippets_detail = ScopedSnippetViewSet.as_view({"get": "retrieve"})


class TranslationScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.namespace != NAMESPACE:
            return None
        name, user = match.url_name, request.user
        if name in EDITS_THE_TARGET:
            if not may_edit(user, _target(view_kwargs["translation_id"])):
                raise PermissionDenied
        elif name == "stop_translation":
            if not may_publish(user, _target(view_kwargs["translation_id"])):
                raise PermissionDenied
        elif name == "convert_to_alias":
            page = get_object_or_404(Page, pk=view_kwargs["page_id"])
            if not may_publish(user, page):
                raise PermissionDenied
        elif name in {"translations_report", "translations_report_results"}:
            if not may_see_translation_report(user):
                raise PermissionDenied
        elif name == "snippets_api_listing":
            return scoped_snippets_listing(request, **view_kwargs)
        elif name == "snippets_api_detail":
            return scoped_snippets_detail(request, **view_kwargs)
        return None
