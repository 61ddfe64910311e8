"""The kinds of events and language courses, as stored codes with names for readers.

Course types are those the Federal Office for Migration and Refugees (BAMF) offers and
that the providers of a district agree their dates for (seed 001): the integration
course and its special forms, and the job language course (Berufssprachkurs). Levels
are those of the Common European Framework; "alpha" is a literacy course's level.
"""

from django.utils.translation import gettext_lazy as _

INTEGRATION_COURSE = "integration"
JOB_LANGUAGE_COURSE = "job"
LITERACY_COURSE = "literacy"
WOMENS_COURSE = "women"
PARENTS_COURSE = "parents"
COURSE_TYPES = [
    (INTEGRATION_COURSE, _("Integration course")),
    (JOB_LANGUAGE_COURSE, _("Job language course")),
    (LITERACY_COURSE, _("Literacy course")),
    (WOMENS_COURSE, _("Women's course")),
    (PARENTS_COURSE, _("Parents' course")),
]

LEVELS = [
    ("alpha", _("Literacy (alpha)")),
    ("A1", "A1"),
    ("A2", "A2"),
    ("B1", "B1"),
    ("B2", "B2"),
    ("C1", "C1"),
]

REGISTRATION_NONE = ""
REGISTRATION_REQUIRED = "required"
REGISTRATION_RECOMMENDED = "recommended"
REGISTRATION = [
    (REGISTRATION_NONE, _("No registration needed")),
    (REGISTRATION_REQUIRED, _("Registration required")),
    (REGISTRATION_RECOMMENDED, _("Registration recommended")),
]

WHEELCHAIR = [("yes", _("Yes")), ("no", _("No")), ("unknown", _("Unknown"))]
