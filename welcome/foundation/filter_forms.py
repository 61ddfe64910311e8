"""The filter forms of public pages (the map's list, the events page, the downloads page):
plain GET forms whose every parameter is optional."""


def read_filters(form):
    """(filters, HTTP status) of a GET filter form: without parameters nothing is
    filtered; valid ones filter; a wrong one gets 400, and the page shows the form with
    the error that names it, never a 500."""
    if not form.is_bound:
        return {}, 200
    if form.is_valid():
        return form.cleaned_data, 200
    return {}, 400
