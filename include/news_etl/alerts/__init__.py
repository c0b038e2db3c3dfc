"""Alerts on failed tasks and failed validations: Airflow notifiers (webhook, email) and the DAG callback."""
