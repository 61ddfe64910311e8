"""Admin forms of the directory snippets."""

from django import forms

from welcome.editorial.roles import user_scope
from welcome.foundation.edit_conflicts import RecordEditConflictForm


class DistrictRecordForm(RecordEditConflictForm):
    """Offers a district editor only their own districts, so a new or edited record
    cannot be moved out of their reach."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        scope = user_scope(self.for_user) if self.for_user else None
        if scope and scope.district_ids and not scope.unrestricted and "district" in self.fields:
            field = self.fields["district"]
            field.queryset = field.queryset.filter(pk__in=scope.district_ids)
            field.required = True
            field.empty_label = None
            field.widget = forms.Select(choices=field.choices)
