"""The base of every public page type, whichever app defines it."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from welcome.foundation.edit_conflicts import PageEditConflictForm
from welcome.foundation.languages import pending_translation


class WelcomePage(Page):
    """Fields every public page shares: when it was last checked, and a sample-content flag."""

    last_reviewed = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_("The day an editor last checked that this page is correct and current."),
    )
    is_sample_content = models.BooleanField(
        _("sample content"),
        default=False,
        help_text=_(
            "Shows readers a notice that this page is an example, not official information."
        ),
    )

    base_form_class = PageEditConflictForm
    settings_panels = [
        FieldPanel("last_reviewed"),
        FieldPanel("is_sample_content"),
        *Page.settings_panels,
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Annotated, so that marking a crumb's German text costs no query of its own.
        context["breadcrumbs"] = (
            self.get_ancestors().filter(depth__gt=1).annotate(pending=pending_translation())
        )
        return context
