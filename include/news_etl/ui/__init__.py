"""The "Troop mentions" page of the Airflow UI: warehouse queries, the chart, the HTML, and the FastAPI app.

`queries`, `chart` and `render` are plain Python (testable without Airflow); `app` is the web edge that checks
the Airflow login and is mounted by the plugin in `plugins/troop_mentions_plugin.py`.
"""
