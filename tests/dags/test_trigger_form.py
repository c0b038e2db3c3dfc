"""What the trigger forms offer and refuse, from the parsed DAGs (no Airflow running)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

pytestmark = pytest.mark.airflow

DAGS_DIR = Path(__file__).resolve().parents[2] / "dags"


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS_DIR))


def validated(dag, conf: dict) -> dict:
    params = copy.deepcopy(dag.params)
    params.update(conf)
    return params.validate()


def test_configured_sources_are_a_multi_select_of_the_names_in_sources_yaml(dagbag) -> None:
    from news_etl.pipeline.source_choices import configured_source_names
    from news_etl.settings import Settings

    names = configured_source_names(Settings.from_env().sources_path)
    schema = dagbag.dags["news_ingest"].params.get_param("sources").schema
    # type array + examples is what the UI renders as a multi-select; all chosen by default.
    assert schema["type"] == ["array", "null"] and schema["examples"] == names
    assert dagbag.dags["news_ingest"].params["sources"] == names
    assert validated(dagbag.dags["news_ingest"], {"sources": names[:1]})["sources"] == names[:1]
    assert (
        validated(dagbag.dags["news_ingest"], {"sources": None})["sources"] is None
    )  # the UI's empty choice


@pytest.mark.parametrize(
    ("conf", "named"),
    [
        ({"sources": ["no-such-source"]}, "'no-such-source' is not one of"),
        (
            {"extra_sources": [{"name": "x", "kind": "rss", "url": "http://x", "rate_limit": 1}]},
            "'rate_limit'",
        ),
        ({"extra_sources": [{"name": "x", "kind": "atom", "url": "http://x"}]}, "'atom' is not one of"),
        ({"extra_sources": ["http://x/feed.xml"]}, "is not of type 'object'"),
    ],
)
def test_the_form_refuses_a_bad_source_naming_it(dagbag, conf: dict, named: str) -> None:
    from airflow.sdk.exceptions import ParamValidationError

    with pytest.raises(ParamValidationError, match=named):
        validated(dagbag.dags["news_ingest"], conf)


def test_the_asset_consumer_is_never_created_paused(dagbag) -> None:
    # A paused consumer loses the Asset events emitted meanwhile; see the DAG's docs.
    assert dagbag.dags["deployment_mentions"].is_paused_upon_creation is False
    assert "Never created paused" in dagbag.dags["deployment_mentions"].doc_md
    assert "catchup=False" in dagbag.dags["news_ingest"].doc_md
