"""`python -m evals.shell_pages` over the demo site's client-rendered pages."""

from __future__ import annotations

import pytest

from evals.shell_pages import main


def test_no_shell_page_is_stored_without_its_api_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main() == 0
    totals = capsys.readouterr().out.splitlines()[-1]
    assert totals == (
        "7 client-rendered pages: trafilatura alone returns boilerplate for 7; stored without the API: 0; "
        "article text from the API: 6"
    )
