"""The foundation's one record: the legal pages every footer links."""

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
        # Created by the editorial app before the foundation existed; the table keeps
        # its name so that existing databases move over without copying (migration 0001).
        db_table = "welcome_legalpages"
        verbose_name = _("legal pages")

    def pages(self):
        return [page for page in (self.imprint, self.privacy, self.accessibility) if page]
