from __future__ import annotations

import pytest
from news_etl.clean.language import LanguageDecision, decide_language
from news_etl.language import primary_language

EN = "The Pentagon said on Monday it would deploy about 3,000 more troops to Poland to reassure allies."
DE = "Die Bundeswehr verlegt noch 250 Soldaten nach Estland, erklärte ein Sprecher des Ministeriums am Abend."
FR = "La France va envoyer 300 soldats supplémentaires en Roumanie, a annoncé le ministère des Armées."


@pytest.mark.parametrize(("text", "language"), [(EN, "en"), (DE, "de"), (FR, "fr")])
def test_declaration_agreeing_with_text_is_trusted(text: str, language: str) -> None:
    decision = decide_language(text, language)
    assert decision.language == language
    assert decision.declared == language
    assert decision.detected == language
    assert decision.mismatch is False


def test_wrong_declaration_is_flagged_and_text_wins() -> None:
    decision = decide_language(DE, "en-US")
    assert (decision.language, decision.declared, decision.detected, decision.mismatch) == (
        "de",
        "en",
        "de",
        True,
    )


def test_missing_declaration_uses_detection_without_mismatch() -> None:
    decision = decide_language(FR, None)
    assert (decision.language, decision.declared, decision.detected, decision.mismatch) == (
        "fr",
        None,
        "fr",
        False,
    )
    assert decision.confidence is not None and decision.confidence > 0.5


def test_detection_is_restricted_to_supported_languages() -> None:
    assert decide_language(DE, None, supported=("en", "fr")).detected in ("en", "fr")


def test_too_short_text_keeps_supported_declaration() -> None:
    assert decide_language("Nato.", "fr") == LanguageDecision("fr", "fr", None, False, None)
    assert decide_language("Nato.", "es").language is None


@pytest.mark.parametrize(
    ("tag", "code"), [("en-GB", "en"), ("FR_fr", "fr"), (" de ", "de"), ("", None), (None, None)]
)
def test_language_tag_normalized(tag: str | None, code: str | None) -> None:
    assert primary_language(tag) == code


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("צבא ההגנה לישראל הודיע כי אלפי חיילי מילואים גויסו לפיקוד הצפון בשבוע האחרון.", "he"),
        ("أعلنت وزارة الدفاع عن نشر ألف جندي إضافي في المنطقة الحدودية خلال الأسبوع الماضي.", "ar"),
    ],
)
def test_hebrew_and_arabic_detected(text: str, language: str) -> None:
    decision = decide_language(text, language)
    assert (decision.language, decision.detected, decision.mismatch) == (language, language, False)


def test_text_in_an_unsupported_script_is_not_forced_into_a_supported_language() -> None:
    russian = "Наши герои знают толк не только во вкусе, но и в красоте еды и напитков."
    assert decide_language(russian, "ar") == LanguageDecision(None, "ar", None, True, None)
    assert decide_language(russian, None) == LanguageDecision(None, None, None, False, None)
