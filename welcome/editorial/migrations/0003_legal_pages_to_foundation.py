"""LegalPages now belongs to the foundation (see its migration 0001): only the model
state leaves this app; the table and its rows stay where they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("welcome", "0002_editorial_roles"),
        ("foundation", "0001_legal_pages_from_editorial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="LegalPages")],
            database_operations=[],
        ),
    ]
