"""news_etl: the business logic of the news ingestion ETL (importable without Airflow)."""

__version__ = "0.1.0"
