"""HTML of the Troop mentions page: a self-contained document (inline CSS and SVG, no script, no CDN), since
it is shown in an iframe of the Airflow UI on machines that may have no internet access."""

from __future__ import annotations

from functools import cache

import jinja2

from news_etl.ui.chart import stacked_bars
from news_etl.ui.estimate_panel import render_estimate_panel
from news_etl.ui.estimates import EstimatePanel
from news_etl.ui.queries import CHART_WEEKS, Dashboard

_TEMPLATE = """\
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Troop mentions</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1a202c; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.8rem; }
  table { border-collapse: collapse; font-size: .9rem; }
  th, td { padding: .3rem .6rem; border-bottom: 1px solid #e2e8f0; text-align: left; overflow-wrap: anywhere; }
  .ok { color: #fff; background: #2f855a; } .failed { color: #fff; background: #c53030; }
  .badge { padding: .1rem .5rem; border-radius: .6rem; font-weight: 600; }
  .count { font-size: 2rem; font-weight: 700; }
  .legend span { display: inline-block; margin-right: 1rem; }
  .swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: middle; }
  .muted { color: #718096; }
</style>
</head>
<body>
<h1>Troop mentions</h1>
<p class="muted">Read from the news warehouse. Machine-readable: <a href="{{ data_url }}">{{ data_url }}</a></p>

<h2>Quarantined mentions</h2>
<p><span class="count" id="quarantine-count">{{ dashboard.quarantine_count }}</span>
   <span class="muted">rows in news.mentions_quarantine (failed a data-quality expectation)</span></p>

<h2>Latest validation runs</h2>
{% if dashboard.validation_runs %}
<table id="validation-runs">
  <tr><th>Result</th><th>DAG</th><th>Run</th><th>Suite</th><th>Rows</th><th>Quarantined</th>
      <th>Failed expectations</th><th>Validated at (UTC)</th></tr>
  {% for run in dashboard.validation_runs %}
  <tr>
    <td><span class="badge {{ 'ok' if run.success else 'failed' }}">{{ 'passed' if run.success else 'failed' }}</span></td>
    <td>{{ run.dag_id }}</td><td>{{ run.run_id }}</td><td>{{ run.suite_name }}</td>
    <td>{{ run.rows_validated }}</td><td>{{ run.rows_quarantined }}</td>
    <td>{% for name, n in run.failed_expectation_counts.items() %}{{ name }} ({{ n }}){% if not loop.last %}, {% endif %}{% endfor %}</td>
    <td>{{ run.validated_at.strftime('%Y-%m-%d %H:%M') }}</td>
  </tr>
  {% endfor %}
</table>
{% else %}
<p class="muted">No validation has run yet.</p>
{% endif %}

<h2>Source health</h2>
{% if dashboard.source_health %}
<table id="source-health">
  <tr><th>Source</th><th>Latest run</th><th>Reason</th><th>Last delivered (UTC)</th><th>Asked at (UTC)</th></tr>
  {% for s in dashboard.source_health %}
  <tr>
    <td>{{ s.source }}</td>
    <td><span class="badge {{ 'ok' if s.status == 'ok' else 'failed' }}">{{ s.status }}</span></td>
    <td>{% if s.reason %}{{ s.reason }}: {% endif %}{{ s.detail }}</td>
    <td>{{ s.last_delivered_at.strftime('%Y-%m-%d %H:%M') if s.last_delivered_at else 'never' }}</td>
    <td>{{ s.checked_at.strftime('%Y-%m-%d %H:%M') }}</td>
  </tr>
  {% endfor %}
</table>
{% else %}
<p class="muted">No source has been asked yet.</p>
{% endif %}

<h2>Mentions per actor per week</h2>
<p class="muted">Current mentions by the publication week of their article, over the {{ weeks }} weeks up to the
   latest week with data; hover a bar for its count.</p>
{% if chart.bars %}
<svg id="weekly-chart" role="img" aria-label="Stacked bars: current mentions per actor per publication week"
     width="{{ chart.width }}" height="{{ chart.height }}" viewBox="0 0 {{ chart.width }} {{ chart.height }}">
  <line x1="{{ chart.plot_left }}" y1="{{ chart.plot_bottom }}" x2="{{ chart.width - 10 }}" y2="{{ chart.plot_bottom }}" stroke="#a0aec0"/>
  <text x="{{ chart.plot_left - 6 }}" y="{{ chart.plot_top + 8 }}" text-anchor="end" font-size="11">{{ chart.y_max }}</text>
  <text x="{{ chart.plot_left - 6 }}" y="{{ chart.plot_bottom }}" text-anchor="end" font-size="11">0</text>
  {% for bar in chart.bars %}
  <rect x="{{ bar.x }}" y="{{ bar.y }}" width="{{ bar.width }}" height="{{ bar.height }}" fill="{{ bar.color }}"><title>{{ bar.title }}</title></rect>
  {% endfor %}
  {% for x, label in chart.week_labels %}
  <text x="{{ x }}" y="{{ chart.plot_bottom + 16 }}" text-anchor="middle" font-size="11">{{ label }}</text>
  {% endfor %}
</svg>
<p class="legend">{% for s in chart.legend %}<span><i class="swatch" style="background: {{ s.color }}"></i>{{ s.actor }}</span>{% endfor %}</p>
{% else %}
<p class="muted" id="weekly-chart-empty">No published mentions yet.</p>
{% endif %}
{{ estimate_panel }}
</body>
</html>
"""


@cache
def _template() -> jinja2.Template:
    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(_TEMPLATE)


def render_page(
    dashboard: Dashboard, data_url: str = "data.json", estimates: EstimatePanel | None = None
) -> str:
    return _template().render(
        dashboard=dashboard,
        chart=stacked_bars(dashboard.weekly),
        data_url=data_url,
        weeks=CHART_WEEKS,
        estimate_panel=render_estimate_panel(estimates) if estimates else "",
    )
