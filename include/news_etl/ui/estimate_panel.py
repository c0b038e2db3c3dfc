"""HTML of the estimate series panel (a fragment of the Troop mentions page; no script: the series is chosen
with a plain GET form, and hovering a claim shows its claimant and outlets, clicking it opens its article)."""

from __future__ import annotations

from functools import cache

import jinja2
from markupsafe import Markup

from news_etl.ui.estimate_chart import BAND_COLOR, LINE_COLOR, POINT_COLOR, step_chart
from news_etl.ui.estimates import EstimatePanel

_PANEL = """\
<h2>Troop estimates over time</h2>
<p class="muted">Weekly estimate of one actor -> location series (news.v_troop_estimates): the line is the best
   estimate, the band spans the week's claims, hatched weeks carry the last estimate forward; the points are the
   claims (news.troop_claims): hover for claimant and outlets, click to open an article.</p>
{% if panel.chosen %}
<form method="get" id="estimate-series-form">
  <label>Series <select name="series">
  {% for choice in panel.choices %}
    <option value="{{ choice.key }}"{% if choice.key == panel.chosen.key %} selected{% endif %}>{{ choice.label }}</option>
  {% endfor %}
  </select></label> <button type="submit">Show</button>
</form>
<svg id="estimate-chart" role="img" aria-label="Step chart: weekly troop estimate of {{ panel.chosen.label }}"
     width="{{ chart.width }}" height="{{ chart.height }}" viewBox="0 0 {{ chart.width }} {{ chart.height }}">
  <line x1="{{ chart.plot_left }}" y1="{{ chart.plot_bottom }}" x2="{{ chart.width - 10 }}" y2="{{ chart.plot_bottom }}" stroke="#a0aec0"/>
  <text x="{{ chart.plot_left - 6 }}" y="{{ chart.plot_top + 8 }}" text-anchor="end" font-size="11">{{ "{:,}".format(chart.y_max) }}</text>
  <text x="{{ chart.plot_left - 6 }}" y="{{ chart.plot_bottom }}" text-anchor="end" font-size="11">0</text>
  {% for band in chart.bands %}
  <rect class="estimate-week{{ ' carried' if band.carried else '' }}" x="{{ band.x }}" y="{{ band.y }}" width="{{ band.width }}"
        height="{{ [band.height, 2]|max }}" fill="{{ band_color }}" fill-opacity="{{ 0.15 if band.carried else 0.35 }}"><title>{{ band.title }}</title></rect>
  {% endfor %}
  <path class="estimate-step" d="{{ chart.step_path }}" fill="none" stroke="{{ line_color }}" stroke-width="2"/>
  {% for point in chart.points %}
  {% if point.url %}<a href="{{ point.url }}" target="_blank" rel="noopener">{% endif %}
  <circle class="claim-point" cx="{{ point.x }}" cy="{{ point.y }}" r="5" fill="{{ point_color }}"><title>{{ point.title }}</title></circle>
  {% if point.url %}</a>{% endif %}
  {% endfor %}
  {% for x, label in chart.week_labels %}
  <text x="{{ x }}" y="{{ chart.plot_bottom + 16 }}" font-size="11">{{ label }}</text>
  {% endfor %}
</svg>
{% else %}
<p class="muted" id="estimate-chart-empty">No troop claims yet.</p>
{% endif %}
"""


@cache
def _template() -> jinja2.Template:
    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(_PANEL)


def render_estimate_panel(panel: EstimatePanel) -> Markup:
    html = _template().render(
        panel=panel,
        chart=step_chart(panel),
        band_color=BAND_COLOR,
        line_color=LINE_COLOR,
        point_color=POINT_COLOR,
    )
    return Markup(html)  # rendered by an autoescaping template above
