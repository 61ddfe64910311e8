"""Text cells that spreadsheets must not run as formulas, in every CSV the portal writes."""

import re

# A spreadsheet runs a cell that starts like a formula (=, +, -, @, or a tab or carriage
# return before one). Exports put an apostrophe before such a value, as spreadsheets
# themselves do to keep text text; imports take one apostrophe off again, so an export
# imports back unchanged. A value that already starts with apostrophes before such a
# character gets one more, so that the round trip holds for it too. Plain numbers (the
# coordinates) are left alone: a spreadsheet reads them as numbers, never as formulas.
FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def spreadsheet_safe(value):
    if isinstance(value, str) and FORMULA_START.match(value) and not PLAIN_NUMBER.fullmatch(value):
        return f"'{value}"
    return value


def from_spreadsheet(value):
    if value.startswith("'") and FORMULA_START.match(value[1:]):
        return value[1:]
    return value
