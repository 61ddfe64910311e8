from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import AdminOnlyMenuItem, MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail_localize.models import Translation

from directory.models import Category, ContactPerson, District, Location
from home.models import LocalSectionPage
from welcome.editorial import admin_views, proposal_views, provider_confirmation, state_articles
from welcome.editorial.record_permissions import ScopedPermissionPolicy
from welcome.editorial.record_viewsets import DirectoryViewSetGroup, MonitoringViewSetGroup
from welcome.editorial.roles import user_scope
from welcome.editorial.translation_permissions import may_publish, may_see_translation_report
from welcome.editorial.translation_workflow import has_own_segments
from welcome.monitoring.models import Indicator, IndicatorValue

register_permission_policy(Location, ScopedPermissionPolicy(Location, district_field="district"))
register_permission_policy(
    ContactPerson, ScopedPermissionPolicy(ContactPerson, district_field="district")
)
register_permission_policy(Category, ScopedPermissionPolicy(Category))
register_permission_policy(District, ScopedPermissionPolicy(District))
register_snippet(DirectoryViewSetGroup)
register_permission_policy(Indicator, ScopedPermissionPolicy(Indicator))
register_permission_policy(
    IndicatorValue, ScopedPermissionPolicy(IndicatorValue, district_field="district")
)
register_snippet(MonitoringViewSetGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "translations/", admin_views.TranslationListView.as_view(), name="welcome_translations"
        ),
        path(
            "translations/<int:page_id>/submit/",
            admin_views.SubmitForReviewView.as_view(),
            name="welcome_submit_for_review",
        ),
        path(
            "translations/<int:page_id>/<str:language_code>/deadline/",
            admin_views.TranslationDeadlineView.as_view(),
            name="welcome_translation_deadline",
        ),
        path(
            "translations/start/<int:page_id>/<str:language_code>/",
            admin_views.start_translation_view,
            name="welcome_start_translation",
        ),
        path("proposals/", proposal_views.ProposalListView.as_view(), name="welcome_proposals"),
        path(
            "proposals/<int:pk>/",
            proposal_views.ProposalReviewView.as_view(),
            name="welcome_proposal_review",
        ),
        path(
            "reports/content-health/",
            admin_views.ContentHealthView.as_view(),
            name="welcome_content_health",
        ),
        path(
            "reports/content-health/<slug:table>/",
            admin_views.ContentHealthTableView.as_view(),
            name="welcome_content_health_table",
        ),
    ]


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.user_translates(request.user)


@hooks.register("register_admin_menu_item")
def register_translations_menu_item():
    return TranslationsMenuItem(
        _("Translations"), reverse("welcome_translations"), icon_name="site", order=250
    )


class ProposalsMenuItem(MenuItem):
    def is_shown(self, request):
        return proposal_views.may_review_any(request.user)


@hooks.register("register_admin_menu_item")
def register_proposals_menu_item():
    return ProposalsMenuItem(
        _("Proposed changes"), reverse("welcome_proposals"), icon_name="edit", order=210
    )


@hooks.register("register_log_actions")
def register_confirmation_log_actions(actions):
    """The steps of a provider's confirmation, in the location's history."""
    actions.register_action(
        provider_confirmation.REQUESTED,
        _("Confirmation requested"),
        _("Asked the provider to confirm the entry"),
    )
    actions.register_action(
        provider_confirmation.CONFIRMED,
        _("Confirmed by the provider"),
        _("The provider confirmed the entry"),
    )
    actions.register_action(
        provider_confirmation.PROPOSED,
        _("Changes proposed"),
        _("The provider proposed changes"),
    )
    actions.register_action(
        provider_confirmation.APPLIED,
        _("Proposed changes applied"),
        _("Applied the provider's proposed changes"),
    )
    actions.register_action(
        provider_confirmation.DECLINED,
        _("Proposed changes declined"),
        _("Declined the provider's proposed changes"),
    )


class ContentHealthMenuItem(AdminOnlyMenuItem):
    def is_shown(self, request):
        return request.user.has_perm("welcome.view_content_health")


@hooks.register("register_reports_menu_item")
def register_content_health_menu_item():
    return ContentHealthMenuItem(
        _("Content health"),
        reverse("welcome_content_health"),
        icon_name="doc-full-inverse",
        order=50,
    )


@hooks.register("construct_homepage_panels")
def add_changed_state_articles_panel(request, panels):
    panels.append(state_articles.ChangedStateArticlesPanel())


@hooks.register("before_edit_page")
def tell_of_a_changed_state_article(request, page):
    """A district editor opening a local section learns that the ministry has changed
    the article it belongs to since the section was last published."""
    if (
        request.method == "GET"
        and isinstance(page, LocalSectionPage)
        and (page.state_changed_since_seen)
    ):
        messages.warning(
            request,
            _(
                "The ministry changed “%(title)s” since this local section was last "
                "published. Read the article again, adjust the section if needed and "
                "publish it to confirm."
            )
            % {"title": page.state_article.title},
        )


@hooks.register("after_edit_page")
def back_to_dashboard_after_review(request, page):
    """After approving or rejecting in the page editor Wagtail goes on to the page
    explorer, which moderators (who hold no page permissions) may not see; send them to
    their dashboard, where the next review waits, instead of an error."""
    if request.POST.get("action-workflow-action") and not user_has_any_page_permission(
        request.user
    ):
        return redirect("wagtailadmin_home")


@hooks.register("before_edit_snippet", order=-1)
def publish_snippet_translation_only_after_review(request, instance):
    """Runs before wagtail-localize's own hook, which publishes a snippet translation at
    once: translators and district editors may not publish text they translated."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if user_scope(request.user).unrestricted:
        return None
    translation = Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=getattr(instance, "locale_id", None),
        enabled=True,
    ).first()
    if translation and has_own_segments(translation, request.user):
        messages.error(
            request,
            _(
                "You translated parts of this record, so another translator of this "
                "language or a ministry editor reviews and publishes it."
            ),
        )
        return redirect(request.path)
    return None


@hooks.register("construct_reports_menu")
def hide_translations_report(request, menu_items):
    """wagtail-localize shows its report of every language's translations to everyone;
    it is refused to those who may not see it (welcome.editorial.translation_permissions)."""
    if not may_see_translation_report(request.user):
        report_url = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != report_url]


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    """Converting a translation back into an alias publishes the German text without
    review: only for those who may publish (the view refuses everyone else anyway)."""
    page = context.get("page")
    if page is not None and not may_publish(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]
