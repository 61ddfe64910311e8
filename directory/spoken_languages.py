"""Languages a location's staff speak: the portal's eight and those most asked for by
newcomers to Mecklenburg-Vorpommern. Codes are ISO 639; names are shown in the reader's
language."""

from django.utils.translation import gettext_lazy as _

SPOKEN_LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("tr", _("Turkish")),
    ("ku", _("Kurdish")),
    ("prs", _("Dari")),
    ("ps", _("Pashto")),
    ("ti", _("Tigrinya")),
    ("so", _("Somali")),
    ("pl", _("Polish")),
    ("ro", _("Romanian")),
    ("vi", _("Vietnamese")),
    ("sq", _("Albanian")),
]
SPOKEN_LANGUAGE_CODES = {code for code, _name in SPOKEN_LANGUAGES}
