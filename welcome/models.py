from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="doc-full")
class LegalPages(BaseSiteSetting):
    """The legal pages linked from every footer. Choose the German pages; readers of other
    languages get the translation where there is one."""

    imprint = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("imprint"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("imprint"), FieldPanel("privacy"), FieldPanel("accessibility")]

    class Meta:
        verbose_name = _("legal pages")

    def pages(self):
        return [page for page in (self.imprint, self.privacy, self.accessibility) if page]
