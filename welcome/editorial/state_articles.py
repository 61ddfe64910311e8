"""Telling district editors that the ministry changed a state article their district
adds a local section to (home.LocalSectionPage): on their dashboard and in the editor,
until they publish their local section again, which marks the change as seen."""

from django.conf import settings
from django.db.models import F, Q
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.models import LocalSectionPage


def changed_state_articles(user):
    """The German local sections `user` may edit whose state article was published
    since they were."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return (
        LocalSectionPage.objects.filter(
            pk__in=editable.values("pk"),
            locale__language_code=settings.LANGUAGE_CODE,
            live=True,
        )
        .filter(
            Q(state_version_seen__isnull=True)
            | Q(state_article__last_published_at__gt=F("state_version_seen"))
        )
        .select_related("state_article")
        .order_by("title")
    )


def mark_seen(sender, instance, **kwargs):
    """Publishing a local section confirms it fits the state article as it is now."""
    LocalSectionPage.objects.filter(pk=instance.pk).update(
        state_version_seen=Page.objects.filter(pk=instance.state_article_id).values(
            "last_published_at"
        )[:1]
    )


class ChangedStateArticlesPanel(Component):
    name = "changed_state_articles"
    template_name = "welcome/admin/changed_state_articles.html"
    order = 150

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["local_sections"] = list(changed_state_articles(parent_context["request"].user))
        return context
