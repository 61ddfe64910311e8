"""The topic icons editors can give sections and categories: each names a symbol in
templates/components/icons.html."""

from django.utils.translation import gettext_lazy as _

TOPIC_ICONS = [
    ("language", _("Language")),
    ("work", _("Work")),
    ("law", _("Law")),
    ("health", _("Health")),
    ("housing", _("Housing")),
    ("family", _("Family")),
    ("help", _("Help")),
    ("map", _("Place")),
]
