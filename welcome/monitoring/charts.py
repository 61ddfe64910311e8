"""Bar charts drawn on the server as inline SVG: no script, no chart library, readable on
a 320 px phone and the same in every language.

Each bar is a row: its label on one line and the bar beneath it with the figure at its
end. Widths are percentages of the chart's width while text keeps its size, so the
chart shrinks to the screen without shrinking its text. Right-to-left pages draw the bars
from the right. The chart is an image with a name (role="img"); its figures, with source
and date, are in the data table that always follows it.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import format_html, format_html_join

ROW_HEIGHT = 48
LABEL_BASELINE = 17
BAR_TOP = 24
BAR_HEIGHT = 16
# The longest bar leaves room for its figure beside it.
LONGEST_BAR = 70
FIGURE_GAP = 1.5


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal
    figure: str


def bar_chart(bars, *, name, right_to_left=False):
    """The SVG markup of horizontal bars, the largest value the longest bar."""
    largest = max((bar.value for bar in bars), default=Decimal(0)) or Decimal(1)
    rows = []
    for index, bar in enumerate(bars):
        top = index * ROW_HEIGHT
        length = float(bar.value / largest) * LONGEST_BAR
        # A text's anchor counts in its own direction: "start" is the right edge of
        # right-to-left text. Figures are always left to right.
        if right_to_left:
            bar_x, figure_x = 100 - length, 100 - length - FIGURE_GAP
            label_x, label_direction, figure_anchor = "100%", "rtl", "end"
        else:
            bar_x, figure_x = 0, length + FIGURE_GAP
            label_x, label_direction, figure_anchor = "0", "ltr", "start"
        rows.append(
            (
                label_x,
                top + LABEL_BASELINE,
                label_direction,
                bar.label,
                f"{bar_x:.2f}%",
                top + BAR_TOP,
                f"{length:.2f}%",
                BAR_HEIGHT,
                f"{figure_x:.2f}%",
                top + BAR_TOP + BAR_HEIGHT - 3,
                figure_anchor,
                bar.figure,
            )
        )
    body = format_html_join(
        "",
        '<text class="chart__label" x="{}" y="{}" direction="{}">{}</text>'
        '<rect class="chart__bar" x="{}" y="{}" width="{}" height="{}"></rect>'
        '<text class="chart__figure" x="{}" y="{}" text-anchor="{}" direction="ltr">{}</text>',
        rows,
    )
    return format_html(
        '<svg class="chart" width="100%" height="{}" role="img" aria-label="{}">{}</svg>',
        max(len(bars), 1) * ROW_HEIGHT,
        name,
        body,
    )
