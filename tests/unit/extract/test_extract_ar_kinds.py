"""Arabic mention kinds met on fresh real text: presence and what stays after a pull-out, strengths reduced,
captured and mourned fighters, qualifiers and owners (sentences written for these tests)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (m.count_text, m.mention_type, m.actor_code, m.location_country) for m in extract_mentions(text, "ar")
    ]


def types(text: str) -> list[tuple[str, str]]:
    return [(m.count_text, m.mention_type) for m in extract_mentions(text, "ar")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # presence named by a noun, and a cut mentioned later in the sentence is about something else
        (
            "وأكد المسؤول وجود نحو 3000 جندي بريطاني في إستونيا، رغم أن الوزارة تريد خفض النفقات.",
            [("نحو 3000", "deployment")],
        ),
        ("وتحدث التقرير عن وجود 450 عسكريا إيطاليا في النيجر.", [("450", "deployment")]),
        # what is left after a pull-out stays deployed
        ("وبعد الانسحاب لم يتبق سوى 400 جندي كندي في لاتفيا.", [("400", "deployment")]),
        ("وغادرت القوات القاعدة مع بقاء نحو 700 جندي في المطار.", [("نحو 700", "deployment")]),
        ("وقال الضابط إن عدد الجنود المتبقين في المعسكر يبلغ 350 جنديا.", [("350", "deployment")]),
        ("وسيبقى 250 جنديا أستراليا في البلاد لحماية السفارة.", [("250", "deployment")]),
    ],
)
def test_presence_and_what_stays_are_deployments(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the strength or presence a cut acts on belongs to the cut
        ("وأعلنت روما تقليص عديد جنودها في العراق بألف عسكري.", [("ألف", "withdrawal")]),
        (
            "وقال الوزير إن الخطة ستخفض وجود الجنود الإسبان في لبنان إلى نحو 600 جندي.",
            [("نحو 600", "withdrawal")],
        ),
        # a clause about an earlier time does not say what happens to the figures before it
        (
            "وتعتزم الحكومة تقليص قواتها في النيجر من 1500 إلى 800 جندي، بعدما انتشر 3000 جندي هناك العام الماضي.",
            [("1500", "withdrawal"), ("800", "withdrawal"), ("3000", "deployment")],
        ),
        # a verb right before the next figure is that figure's
        (
            "وطالب الرئيس بسحب القوات البالغ عددها 1200 جندي من العراق، بينما لدى واشنطن نحو 300 جندي في الكويت.",
            [("1200", "withdrawal"), ("نحو 300", "deployment")],
        ),
        # a participle with the article after the figure describes another noun
        (
            "وتقلص الدولة قواتها إلى 400 عنصر في القاعدة، مع نقل القوات المتبقية إلى الشمال.",
            [("400", "withdrawal")],
        ),
    ],
)
def test_reductions_keep_their_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وخطف المسلحون 9 جنود وأعدموهم بعد أيام.", [("9", "casualties")]),
        ("وأعلن الجيش أن 14 عسكريا اختطفوا على الطريق.", [("14", "casualties")]),
        ("ونعت الحركة 12 من مقاتليها في بيان.", [("12", "casualties")]),
        ("وشيّعت الجماعة 7 من عناصرها في العاصمة.", [("7", "casualties")]),
    ],
)
def test_captured_executed_or_mourned_troops_are_casualties(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # training the local forces is the purpose of a mission abroad
        (
            "وتحتفظ أنقرة بنحو 700 جندي في الصومال مهمتهم حماية القواعد وتدريب القوات المحلية.",
            [("نحو 700", "deployment")],
        ),
        # an exercise stays training
        ("ويشارك 2000 جندي في تدريبات مشتركة قرب الحدود.", [("2000", "training")]),
        ("وأنهى 500 مجند دورة تدريب على الرماية.", [("500", "training")]),
    ],
)
def test_training_others_is_a_mission_drills_stay_training(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(
    ("text", "count_text", "low", "high", "precision"),
    [
        ("ويضم الجيش ما يزيد قليلا عن 7 آلاف جندي.", "ما يزيد قليلا عن 7 آلاف", 7000, None, "lower_bound"),
        ("وينتشر في الإقليم أكثر بقليل من 900 جندي.", "أكثر بقليل من 900", 900, None, "lower_bound"),
        ("وتضم القوة ما يتراوح بين 1200 و1500 جندي.", "ما يتراوح بين 1200 و1500", 1200, 1500, "range"),
        ("وستبقى في البلاد ما بين 300 و400 جندي.", "ما بين 300 و400", 300, 400, "range"),
    ],
)
def test_more_qualifiers(text: str, count_text: str, low: int, high: int | None, precision: str) -> None:
    (m,) = extract_mentions(text, "ar")
    assert (m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision) == (
        count_text,
        low,
        high,
        precision,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ويخدم في القاعدة 1800 من مشاة البحرية الأمريكية.", ["1800"]),
        ("وتريد مدريد أن ينخفض عديد كتيبتها في لبنان الى ألفي رجل.", ["ألفي"]),
        # men with no military word in the sentence are no troops
        ("وحضر الحفل ألفا رجل من أهالي المدينة.", []),
    ],
)
def test_marines_and_men_of_a_force(text: str, expected: list[str]) -> None:
    assert [m.count_text for m in extract_mentions(text, "ar")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # officers of the group named before them
        ("ونعت حركة طالبان سبعة من ضباطها سقطوا قرب قندهار.", [("سبعة", "casualties", "TALIBAN", "AFG")]),
        # soldiers of an army fighting a group named after them stay the army's
        (
            "واعترف الجيش الإسرائيلي بمقتل 9 من جنوده في اشتباكات مع مقاتلي حزب الله.",
            [("9", "casualties", "ISR", None)],
        ),
        # troops of both countries named before have no single owner
        (
            "وأجرت الهند وفرنسا تمرينا مشتركا. وشارك فيه 2400 عسكري من البلدين.",
            [("2400", "training", None, None)],
        ),
        (
            "وأجرت الهند وفرنسا تمرينا مشتركا. وشارك فيه نحو 2400 جندي.",
            [("نحو 2400", "training", None, None)],
        ),
        # the capital after "من طرف" owns the troops
        (
            "وتشارك في المناورات 900 جندي من طرف سيول.",
            [("900", "training", "KOR", None)],
        ),
        # a country in a relative clause after the noun is not the owner
        (
            "ويشارك 3000 جندي في التدريبات التي تراقبها الصين عن قرب.",
            [("3000", "training", None, None)],
        ),
    ],
)
def test_owners_named_around_the_figure(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb right before the next figure is that figure's, not the strength's before it
        (
            "وكان عدد عناصر الجماعة يبلغ 12 ألف مسلح، غير أن الجيش قضى على نحو 3 آلاف مسلح منذ الربيع.",
            [("12 ألف", "force_size"), ("نحو 3 آلاف", "casualties")],
        ),
        # unless another verb stands between them
        (
            "وذكر البيان أن 60 جنديا تشاديا قتلوا وأصيب 140 آخرون في الهجوم.",
            [("60", "casualties"), ("140", "casualties")],
        ),
        # the whole a part is counted out of is a strength; the killing is the part's
        (
            "وتقول الوزارة إن 4 آلاف مسلح من أصل 25 ألف مسلح في التنظيم سقطوا خلال عام.",
            [("4 آلاف", "casualties"), ("25 ألف", "force_size")],
        ),
        # a purpose after the noun does not outweigh the call-up before it
        ("واستدعى الجيش 6000 جندي احتياط لتعزيز القوات في الشمال.", [("6000", "force_size")]),
        ("وأرسلت الحكومة 500 جندي لتعزيز الحدود مع النيجر.", [("500", "deployment")]),
        # a batch of recruits is no push of troops, a round of call-ups no training course
        ("واستقبل المعسكر الدفعة الأولى التي يبلغ عددها 120 مجندا.", [("120", "force_size")]),
        ("وبلغ عدد المجندين في دورة الخريف نحو 130 ألف مجند.", [("نحو 130 ألف", "force_size")]),
        ("وأنهى 400 ضابط دورة تدريبية على القيادة.", [("400", "training")]),
    ],
)
def test_each_figure_takes_its_own_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Levantine month is a date, units of equipment are no troops
        ("والتحق 700 مجند بالخدمة في 15 تشرين الأول.", ["700"]),
        ("وشارك أكثر من 900 جندي وحوالي 150 وحدة من المعدات.", ["أكثر من 900"]),
        # a dual adjective of officials counts no troops
        ("وأكد مصدران عسكريان أن 40 جنديا قتلوا.", ["40"]),
        ("وقتل عسكريان في الهجوم.", ["عسكريان"]),
        # "others" after civilians are more civilians, after troops more troops
        ("وقتل 12 مدنيا بينهم أطفال، إضافة إلى 9 آخرين في قصف للقوات.", []),
        ("وقتل 5 جنود وأصيب 3 آخرون.", ["5", "3"]),
    ],
)
def test_dates_equipment_and_other_people_are_no_troops(text: str, expected: list[str]) -> None:
    assert [m.count_text for m in extract_mentions(text, "ar")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وسحبت بعثة الاتحاد الأفريقي 2000 جندي من الصومال.", [("2000", "withdrawal", "AU", "SOM")]),
        ("وقتل تسعة عسكريين بورونديين قرب مقديشو في الصومال.", [("تسعة", "casualties", "BDI", "SOM")]),
        ("قتل 6 عناصر من “تحرير الشام” في إدلب.", [("6", "casualties", "HTS", "SYR")]),
        # the month of August is not the Yemeni city of Ibb
        ("ووصل 300 جندي يمني إلى المعسكر نهاية آب/ أغسطس.", [("300", "deployment", "YEM", None)]),
        # a group's fighters present at its home named before the word of presence
        (
            "وقال المسؤول إن العراق وحده به اليوم قرابة 3 آلاف داعشي.",
            [("قرابة 3 آلاف", "force_size", "ISIS", "IRQ")],
        ),
    ],
)
def test_missions_groups_and_places(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a channel that reports what a group did is no speaker of the group's name after "أن"
        (
            "وذكرت قناة محلية أن حركة حماس أرسلت 300 من عناصرها إلى رفح.",
            [("300", "deployment", "HAMAS", "PSE")],
        ),
        # a group's forces named with its adjective, stationed at the edge of a city
        (
            "ويقدر عدد القوات الحوثية المرابطة في محيط الحديدة بنحو 6 آلاف مقاتل.",
            [("نحو 6 آلاف", "deployment", "HOUTHIS", "YEM")],
        ),
        ("وتلقى 400 جندي من الجيش المالي تدريبا على إزالة الألغام.", [("400", "training", "MLI", None)]),
        ("وقتل 15 جنديا روسيا قرب لوغانسك.", [("15", "casualties", "RUS", "UKR")]),
    ],
)
def test_more_owners_and_places(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a toll named after "بينهم" is the same toll
        (
            "وقالت هيئة الأركان إن حصيلة القتلى في صفوف القوات المعادية منذ اندلاع المواجهات في ربيع العام الماضي"
            " وحتى اليوم بلغت 12 ألفا و400 جندي، بينهم 90 جنديا خلال الأسبوع الماضي وحده.",
            [("12 ألفا و400", "casualties"), ("90", "casualties")],
        ),
        # the total a change brings the troops to is of the change's kind
        (
            "وعزز الجيش وجوده في الشمال ناشرا 800 جندي إضافي ليصل العدد الإجمالي إلى 3 آلاف، مع خطط لرفع العدد"
            " إلى 5 آلاف جندي العام المقبل.",
            [("800", "deployment"), ("3 آلاف", "deployment"), ("5 آلاف", "deployment")],
        ),
        (
            "وسحبت الحكومة 400 جندي من كوسوفو ليصل عددهم هناك إلى 900.",
            [("400", "withdrawal"), ("900", "withdrawal")],
        ),
        # a presence limited to a figure is lowered
        ("وستقلص واشنطن تواجدها ليقتصر على أقل من 800 عنصر في الكويت.", [("أقل من 800", "withdrawal")]),
        # trained troops and trainers are training; troops that train the local forces are deployed
        ("ودربت ألمانيا 10 آلاف جندي أوكراني العام الماضي.", [("10 آلاف", "training")]),
        ("ويتولى 40 مدربا تأهيل الجنود الجدد في الكتيبة.", [("40", "training")]),
        ("ويتمركز 600 جندي ألماني في ليتوانيا ويدربون القوات المحلية.", [("600", "deployment")]),
    ],
)
def test_parts_totals_limits_and_training(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأعلنت أنقرة تحييد 9 عناصر من حزب العمال الكردستاني في جبال قنديل بالعراق.",
            [("9", "casualties", "PKK", "IRQ")],
        ),
        # the army a force is sent to support is not its owner
        ("وأرسلت بيلاروسيا 400 جندي لدعم الجيش الروسي.", [("400", "deployment", "BLR", None)]),
        # where the sources are is no place the troops left
        (
            "وفقا لمصادر من الأردن، أعاد الجيش السوري 200 جندي من الحدود.",
            [("200", "withdrawal", "SYR", None)],
        ),
        # two countries joined with a part of each: no one location
        ("وقتل 30 مسلحا من التنظيم في شمال سوريا وجنوب شرق تركيا.", [("30", "casualties", None, None)]),
        # a figure followed by a direction continues the count before it
        (
            "وقتل 8 جنود أتراك شمالي العراق، و5 شمالي سوريا.",
            [("8", "casualties", "TUR", "IRQ"), ("5", "casualties", "TUR", "SYR")],
        ),
        ("وانتشر 600 جندي عراقي في الضواحي المجاورة للعاصمة بغداد.", [("600", "deployment", "IRQ", "IRQ")]),
        ("وبلغ عدد القوات المرسلة إلى الكويت 3000 جندي.", [("3000", "deployment", None, "KWT")]),
    ],
)
def test_groups_supports_sources_and_parts_of_countries(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert found(text) == expected


def test_a_dual_with_its_numeral_is_one_count() -> None:
    assert [m.count_text for m in extract_mentions("واعتقلت القوات عنصرين اثنين من الخلية.", "ar")] == [
        "عنصرين اثنين"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city named after the place noun it stands beside is that place, not an owner
        ("وقتل 30 مقاتلا في العاصمة الليبية طرابلس.", [("30", "casualties", None, "LBY")]),
        # the country left, after a glued preposition on the verb of leaving
        ("وأعلنت الوزارة بمغادرة 200 جندي إسباني العراق.", [("200", "withdrawal", "ESP", "IRQ")]),
        ("وغادر 150 جنديا فرنسيا قاعدة في نجامينا.", [("150", "withdrawal", "FRA", "TCD")]),
        # "returning to" a subject is no return of troops
        (
            "وبالعودة إلى ليبيا، يقدر عدد المقاتلين الروس هناك بنحو 2000 مقاتل.",
            [("نحو 2000", "deployment", "RUS", "LBY")],
        ),
        # fighters who fled their side
        ("وهرب 15 مقاتلا من صفوف الجماعة إلى أوروبا.", [("15", "other", None, None)]),
    ],
)
def test_places_left_and_named_and_fled(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert found(text) == expected


def test_a_dual_of_conscripts_counts_two() -> None:
    assert [
        (m.count_text, m.troop_count_min) for m in extract_mentions("وأصيب مجندان في الانفجار.", "ar")
    ] == [("مجندان", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops spread over the Baltic states are in no one country
        ("ونشر حلف الناتو نحو 4000 جندي في دول البلطيق.", [("نحو 4000", "deployment", "NATO", None)]),
        # a country named as an example ("دول مثل روسيا") owns no troops
        (
            "وبدأ الناتو تدريبا لمواجهة تهديدات دول مثل روسيا بمشاركة 1800 جندي في رومانيا.",
            [("1800", "training", "NATO", "ROU")],
        ),
    ],
)
def test_regions_of_several_countries_and_examples(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N of them" are the troops counted before, whoever else the sentence names; buried troops are dead
        (
            "وقتل 9 جنود أردنيين في الهجوم. وأطلقت القذائف من سوريا المجاورة، ودفن 4 منهم في قراهم.",
            [("9", "casualties", "JOR", None), ("4 منهم", "casualties", "JOR", None)],
        ),
        ("وأعلنت سلطات آل سعود مقتل ثلاثة من جنودها.", [("ثلاثة", "casualties", "SAU", None)]),
    ],
)
def test_part_of_the_troops_before_and_the_buried(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert found(text) == expected


def test_the_country_left_after_a_glued_lam() -> None:
    assert found("وبدأ 300 جندي بريطاني الاستعداد لمغادرة العراق.") == [("300", "withdrawal", "GBR", "IRQ")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place naming a war is not where the troops sent or pulled out are
        (
            "وسحبت روسيا 800 مقاتل من ليبيا بسبب الحرب في أوكرانيا.",
            [("800", "withdrawal", "RUS", "LBY")],
        ),
        (
            "وكانت في النيجر نحو 1500 جندي فرنسي. وأعلنت فرنسا سحب 500 جندي بسبب الصراع في السودان.",
            [("نحو 1500", "deployment", "FRA", "NER"), ("500", "withdrawal", "FRA", "NER")],
        ),
        (
            "ونشرت بريطانيا 900 جندي إضافي في إستونيا بسبب الحرب في أوكرانيا.",
            [("900", "deployment", "GBR", "EST")],
        ),
        # troops hurt in the war on a place were there
        (
            "وأصيب 3 جنود إسرائيليين في العدوان على جنين.",
            [("3", "casualties", "ISR", "PSE")],
        ),
    ],
)
def test_a_place_naming_a_war(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "من دولة X": the state noun between the preposition and the name of the country left
        (
            "ويشمل قرار الانسحاب نحو 900 جندي إيطالي من دولة النيجر.",
            [("نحو 900", "withdrawal", "ITA", "NER")],
        ),
        (
            "وبدأ سحب 250 جنديا ألمانيا من جمهورية مالي.",
            [("250", "withdrawal", "DEU", "MLI")],
        ),
        # those who remain are present
        (
            "وقال إن هناك حوالي 300 جندي فرنسي باقون في تشاد.",
            [("حوالي 300", "deployment", "FRA", "TCD")],
        ),
        # provinces and towns of a country
        ("وقتل 6 جنود عراقيين في هجوم بمحافظة ديالى.", [("6", "casualties", "IRQ", "IRQ")]),
        ("ووصل 400 جندي سوداني إلى محافظة شبوة.", [("400", "deployment", "SDN", "YEM")]),
        ("وتنتشر قوة من 200 جندي تشادي في مدينة تمبكتو.", [("200", "deployment", "TCD", "MLI")]),
    ],
)
def test_country_left_through_a_state_noun_and_towns(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert found(text) == expected


def test_a_salah_al_din_neighbourhood_is_no_iraqi_province() -> None:
    # only the province with its noun is Iraqi: the name alone is also a district elsewhere
    got = found("ويوجد 300 مرتزق روسي على محور صلاح الدين جنوب طرابلس.")
    assert got == [("300", "deployment", "RUS", "LBY")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every form of the verb of cutting down lowers a presence
        (
            "وأعلنت كندا أنها ستقلص وجودها في لاتفيا من نحو 2000 جندي.",
            [("نحو 2000", "withdrawal", "CAN", "LVA")],
        ),
        (
            "وقال الوزير إن الجيش سيقلص عديده في العراق من 3 آلاف جندي.",
            [("3 آلاف", "withdrawal", None, "IRQ")],
        ),
        ("وقلصت إيطاليا قواتها في لبنان بنحو 400 جندي.", [("نحو 400", "withdrawal", "ITA", "LBN")]),
        # a state noun after a glued preposition places the troops
        (
            "وتنشر بنغلاديش 1200 جندي بدولة جنوب السودان.",
            [("1200", "deployment", "BGD", "SSD")],
        ),
    ],
)
def test_cutting_down_and_a_state_noun(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # police and civil staff named after "من" are no troops
        (
            "وتضم البعثة 9000 جندي، و800 من شرطة الأمم المتحدة.",
            [("9000", "deployment")],
        ),
        ("وتضم القوة 5000 جندي و600 جندي من الشرطة.", [("5000", "deployment")]),
        ("وتضم البعثة 4000 جندي و300 من الموظفين المدنيين.", [("4000", "deployment")]),
        # a part of people, not of troops
        (
            "وتشارك في القوة 6000 جندي، ويعيش في المنطقة 3 ملايين نسمة، منهم مليون شخص نازح.",
            [("6000", "deployment")],
        ),
    ],
)
def test_police_staff_and_people_are_no_troops(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contribution to a mission is a contingent sent abroad
        (
            "وكانت إثيوبيا تشارك في البعثة في الصومال. وبلغت مساهمة البلاد 4300 جندي.",
            [("4300", "deployment", "ETH", "SOM")],
        ),
        (
            "وتساهم غانا بنحو 870 جنديا في قوة الأمم المتحدة في لبنان.",
            [("نحو 870", "deployment", "GHA", "LBN")],
        ),
        # "أرض X": the land of a country is the place
        (
            "ودخل 40 ألف جندي تركي إلى أرض قبرص عام 1974.",
            [("40 ألف", "deployment", "TUR", "CYP")],
        ),
        ("وانتشر 3000 جندي باكستاني على أرض الأفغان.", [("3000", "deployment", "PAK", "AFG")]),
    ],
)
def test_contributions_and_the_land_of_a_country(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the tens of an ordinal: a date or a rank, no count
        "وسينسحب الجنود من القاعدة حتى السادس والعشرين من مارس.",
        "وقال قائد الكتيبة إن الحادي والثلاثين من الشهر موعد انسحاب الجنود.",
        "وفي الذكرى الخامسة والعشرين لانسحاب القوات أقيم احتفال عسكري.",
    ],
)
def test_tens_of_an_ordinal_are_no_count(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "مالي" is also "financial": with a direction before it, it is the country
        ("وقتل 9 جنود تشاديين في كمين شمال مالي.", [("9", "casualties", "TCD", "MLI")]),
        ("وتنتشر قوة من 650 مقاتلا من فاغنر وسط مالي.", [("650", "deployment", "RUS", "MLI")]),
        # a place that dates a toll ("since the war in X") is not where the troops fell
        (
            "ومنذ بداية الحرب في غزة قتل أكثر من 200 مقاتل من حزب الله.",
            [("أكثر من 200", "casualties", "HEZBOLLAH", None)],
        ),
        (
            "ومنذ هجوم الحركة على إسرائيل، قتل 70 جنديا أردنيا في حوادث مختلفة.",
            [("70", "casualties", "JOR", None)],
        ),
    ],
)
def test_mali_after_a_direction_and_a_dating_place(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the first figure of a pair shares the unit of the second
        "وقاتل الجنود في المنطقة من 12 إلى 19 يونيو.",
        "وانتشرت القوات على عمق يتراوح بين 15 و20 كيلومترا داخل الحدود.",
    ],
)
def test_first_figure_of_a_pair_with_a_unit(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Nigerien adjective is often spelled like the Nigerian one: Niger's in a passage naming only Niger
        (
            "وطالب المجلس العسكري في النيجر بانسحاب القوات. وغادر 400 جندي فرنسي الأراضي النيجيرية.",
            [("400", "withdrawal", "FRA", "NER")],
        ),
        (
            "وقالت حكومة نيجيريا إن 300 جندي نيجيري انتشروا في الأراضي النيجيرية الشمالية.",
            [("300", "deployment", "NGA", "NGA")],
        ),
    ],
)
def test_niger_or_nigeria(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wounded troops flown home are casualties, not a pull-out
        (
            "وتمت إعادة نحو 300 جندي بريطاني مصاب إلى بلادهم.",
            [("نحو 300", "casualties", "GBR", None)],
        ),
        ("ونقل 45 جنديا جريحا إلى مستشفى في ألمانيا.", [("45", "casualties", None, "DEU")]),
        # the capital spelled as one word
        ("وأرسلت بيونغيانغ 1500 جندي إلى روسيا.", [("1500", "deployment", "PRK", "RUS")]),
    ],
)
def test_wounded_moved_and_a_capital_spelling(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert found(text) == expected


def bounds(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [
        (m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision)
        for m in extract_mentions(text, "ar")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound split from its figure by the subject keeps the bare figure
        ("وقال إن عدد الجنود الألمان في ليتوانيا لن يقل عن 4800 جندي.", [("4800", None, None, "")]),
        (
            "وأكد أن عدد القوات المرسلة لن يقل في كل الأحوال عن 1200 جندي.",
            [("1200", 1200, None, "lower_bound")],
        ),
        (
            "وقالت الصحيفة إن عدد المدربين الأتراك لا يتجاوز حاليا 600 عنصر.",
            [("600", None, 600, "upper_bound")],
        ),
        ("ولن يزيد عدد الجنود الإيطاليين في النيجر على 350 جنديا.", [("350", None, 350, "upper_bound")]),
        # an estimate "from X to Y" is one range; a change "from X to Y" is two counts
        (
            "ويتراوح عدد مقاتلي التنظيم في المنطقة من 4 آلاف إلى 6 آلاف مقاتل.",
            [("من 4 آلاف إلى 6 آلاف", 4000, 6000, "range")],
        ),
        (
            "ويبلغ عدد عناصر الجماعة وفق تقديرات غربية من 2500 إلى 3500 عنصر.",
            [("من 2500 إلى 3500", 2500, 3500, "range")],
        ),
        (
            "وارتفع عدد الجنود الكنديين في لاتفيا من 1000 إلى 2200 جندي.",
            [("1000", 1000, 1000, "exact"), ("2200", 2200, 2200, "exact")],
        ),
    ],
)
def test_split_bounds_and_estimate_ranges(
    text: str, expected: list[tuple[str, int | None, int | None, str]]
) -> None:
    got = bounds(text)
    if expected[0][3] == "":
        assert [g[0] for g in got] == [expected[0][0]]  # a contiguous "لن يقل عن": the figure is found
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a small spelled figure a troop toll rises to
        (
            "وارتفع عدد قتلى الجنود المصريين في سيناء خلال الشهر إلى سبعة.",
            [("سبعة", "casualties", "EGY", "EGY")],
        ),
        ("وبذلك ترتفع حصيلة قتلى الجيش الأردني في الهجوم إلى أربعة.", [("أربعة", "casualties", "JOR", None)]),
        # a civilian toll stays no troop count
        ("وارتفع عدد قتلى المدنيين في قصف القوات الحكومية إلى ستة.", []),
        ("وارتفع عدد قتلى الحادث إلى ثلاثة.", []),
    ],
)
def test_small_spelled_toll(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the armed group that sends soldiers owns them; a group that kills soldiers does not
        ("ودفعت جماعة الحوثي بـ 2500 جندي إلى جبهة مأرب.", [("2500", "deployment", "HOUTHIS", "YEM")]),
        ("وأرسل حزب الله 800 جندي إلى سوريا.", [("800", "deployment", "HEZBOLLAH", "SYR")]),
        ("وقتلت حماس 4 جنود إسرائيليين في رفح.", [("4", "casualties", "ISR", "PSE")]),
        # contractors counted next to troops are no troops
        ("ونشرت الولايات المتحدة مئات الجنود وآلاف المتعاقدين.", [("مئات", "deployment", "USA", None)]),
        ("وتضم القاعدة نحو 900 جندي و300 متعاقد.", [("نحو 900", "deployment", None, None)]),
    ],
)
def test_group_sends_and_contractors(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sponsor of a deal owns no troops
        ("ووافق الجيش اللبناني برعاية فرنسية على تجنيد 4500 عسكري.", [("4500", "force_size", "LBN", None)]),
        ("وقالت الحكومة إن تجنيد 2000 جندي سيجري بوساطة مصرية.", [("2000", "force_size", None, None)]),
        # south of the Litani is Lebanon
        ("وينتشر 8000 جندي لبناني جنوب الليطاني.", [("8000", "deployment", "LBN", "LBN")]),
        ("ونشر الجيش 3000 جندي في جنوب الليطاني.", [("3000", "deployment", None, "LBN")]),
    ],
)
def test_sponsor_and_the_litani(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert found(text) == expected


def counted(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.count_text, m.actor_code, m.location_country, m.mention_type) for m in extract_mentions(text, "ar")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الجيش السوري إن ستة من جنوده قتلوا بنيران الجيش التركي قرب الحدود.", [("ستة", "SYR")]),
        ("أعلن الجيش المصري مقتل ثلاثة من جنوده برصاص مسلحين من تنظيم داعش.", [("ثلاثة", "EGY")]),
        ("قتل خمسة جنود عراقيين على يد عناصر من حزب العمال الكردستاني.", [("خمسة", "IRQ")]),
    ],
)
def test_the_army_that_fired_is_not_the_owner_of_the_troops_it_killed(text: str, expected: list) -> None:
    assert [(m, a) for m, a, _, _ in counted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل جنديان باكستانيان وأربعة جنود هنود في تبادل لإطلاق النار.",
            [("جنديان", "PAK"), ("أربعة", "IND")],
        ),
        ("أصيب سبعة من الجنود الهنود في الهجوم.", [("سبعة", "IND")]),
    ],
)
def test_indians_in_the_broken_plural_own_their_soldiers(text: str, expected: list) -> None:
    assert [(m, a) for m, a, _, _ in counted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ارتفع عدد القتلى من الجنود إلى 120 من بينهم 40 ضابطا.", ["120", "40"]),
        ("قتل 35 جنديا منذ بدء العملية، 20 منهم في الشمال.", ["35", "20 منهم"]),
    ],
)
def test_among_them_before_another_figure_stays_out_of_the_total(text: str, expected: list) -> None:
    assert [m for m, _, _, _ in counted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سترسل بريطانيا إلى قبرص 400 جندي إضافي وقد ينتقل بعضهم لاحقا إلى العراق.", [("400", "CYP")]),
        ("وللولايات المتحدة نحو 900 جندي في سوريا.", [("نحو 900", "SYR")]),
        ("سيغادر 460 جنديا بحلول اب المقبل.", [("460", None)]),
        ("قتل 12 مقاتلا في محافظة إب وسط البلاد.", [("12", "YEM")]),
        ("قتل 30 مسلحا في معركة تنزاواتين.", [("30", "MLI")]),
    ],
)
def test_the_destination_of_a_sending_verb_the_month_of_ab_and_new_places(text: str, expected: list) -> None:
    assert [(m, loc) for m, _, loc, _ in counted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أطلق المسلحون صواريخ باتجاه إسرائيل بعد مقتل 4 منهم في غزة.", [("4 منهم", "PSE")]),
    ],
)
def test_the_place_fired_at_is_not_where_the_fighters_are(text: str, expected: list) -> None:
    assert [(m, loc) for m, _, loc, _ in counted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 8 من عناصر الحرس الثوري في غارة على أصفهان.", [("8", "IRN")]),
    ],
)
def test_towns_of_iran(text: str, expected: list) -> None:
    assert [(m, loc) for m, _, loc, _ in counted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قال الجيش الصومالي إنه قتل 12 مسلحا من حركة الشباب في عملية وسط البلاد.",
            [("12", "AL_SHABAAB", "SOM")],
        ),
        ("أعلنت السلطات الأفغانية مقتل 9 من عناصر طالبان في اشتباكات شرق البلاد.", [("9", "TALIBAN", "AFG")]),
        # the country not named: only implied
        ("قتل الجيش 5 مسلحين من حركة الشباب جنوب البلاد.", [("5", "AL_SHABAAB", None)]),
        # a group at home in two countries gives no one country
        ("قتل 7 من عناصر داعش في غارة شمال البلاد.", [("7", "ISIS", None)]),
    ],
)
def test_a_part_of_the_country_is_in_the_one_home_of_the_group_when_that_country_is_named(
    text: str, expected: list
) -> None:
    assert [(m, a, loc) for m, a, loc, _ in counted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلنت وزارة الدفاع عن حملة تجنيد تشمل 90 ألف شاب هذا العام.", [("90 ألف", "force_size")]),
        ("أعلن الحرس الثوري عن تسليح 50 ألف شاب في المحافظات الحدودية.", [("50 ألف", "force_size")]),
    ],
)
def test_young_men_called_up_or_armed_are_recruits(text: str, expected: list) -> None:
    assert [(m, t) for m, _, _, t in counted(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "شارك 5 آلاف شاب في مهرجان الموسيقى في دمشق.",
        "قتل 4 أشخاص بالسلاح الأبيض في السوق.",
    ],
)
def test_young_men_at_a_festival_or_people_killed_with_knives_are_no_troops(text: str) -> None:
    assert extract_mentions(text, "ar") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("لقي 9 جنود من الجيش العراقي مصرعهم إثر القصف التركي.", [("9", "IRQ")]),
        ("قتل 11 عنصرا في غارة إسرائيلية على ريف دمشق.", [("11", None)]),
    ],
)
def test_the_shelling_or_raid_of_a_state_does_not_own_the_troops_it_killed(text: str, expected: list) -> None:
    assert [(m, a) for m, a, _, _ in counted(text)] == expected


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("أصيب ثلاثة جنود إسرائيليين عند معبر كرم أبو سالم.", "ISR"),
        ("انتشر نحو 500 جندي مصري في شرم الشيخ.", "EGY"),
        ("قتل 20 عنصرا من حزب الله في القلمون.", "SYR"),
        ("أصيب 4 جنود أمريكيين في قاعدة التنف.", "SYR"),
        ("قتل 12 جنديا عراقيا في تلعفر.", "IRQ"),
        ("قتل 6 جنود سعوديين في جازان.", "SAU"),
        ("قتل 7 جنود أوكرانيين في كراماتورسك.", "UKR"),
    ],
)
def test_more_towns_and_bases_in_arabic(text: str, location: str) -> None:
    assert [m[3] for m in found(text)] == [location]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the army said to be in a country owns the soldiers of the sentence
        ("أعلن الجيش في النيجر مقتل 9 جنود في هجوم على قافلة.", "NER"),
        ("هاجم مسلحون قاعدة للجيش في شمال مالي وقتلوا 12 جنديا.", "MLI"),
        # fighters are no soldiers of that army; an army named with its demonym keeps it
        ("قال الجيش في سوريا إنه قتل 30 مسلحا.", None),
        ("أعلن الجيش الإسرائيلي مقتل 3 جنود في لبنان.", "ISR"),
    ],
)
def test_the_army_in_a_country_owns_its_soldiers(text: str, actor: str | None) -> None:
    assert [m[2] for m in found(text)] == [actor]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number of missiles, raids or bases is no troop count
        ("قال الجيش إن عدد الصواريخ التي أطلقت بلغ 18.", []),
        ("وقال المتحدث العسكري إن عدد الغارات وصل إلى 40.", []),
        # the number of soldiers or of the dead still is
        ("قال الجيش إن عدد الجنود المنتشرين بلغ 900.", ["900"]),
        ("وأعلن الجيش أن عدد قتلاه ارتفع إلى 230.", ["230"]),
    ],
)
def test_the_number_of_things_is_no_troop_count(text: str, expected: list[str]) -> None:
    assert [m[0] for m in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أغلق الجيش 4 مواقع عسكرية من أصل 11 في المنطقة.", []),
        ("قتل 20 جنديا من أصل 300 في الكتيبة.", ["20", "300"]),
    ],
)
def test_out_of_a_whole_of_things(text: str, expected: list[str]) -> None:
    assert [m[0] for m in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل جنديان أردنيان وأصيب اثنان آخران في الاشتباك.", ["جنديان", "اثنان"]),
        ("أصيب ثلاثة جنود مصريين وجرح اثنان آخران.", ["ثلاثة", "اثنان"]),
    ],
)
def test_two_others_in_the_dual(text: str, expected: list[str]) -> None:
    assert [m[0] for m in found(text)] == expected


def test_a_part_with_its_own_demonym_in_arabic() -> None:
    assert [(m[0], m[2]) for m in found("انتشر نحو 9 آلاف جندي من قوات الناتو، بينهم 400 جندي إيطالي.")] == [
        ("نحو 9 آلاف", "NATO"),
        ("400", "ITA"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # four-digit ends of a range before a troop noun are figures, not years
        ("قدر المسؤولون عدد القوات الإضافية بما بين 2000 و3000 جندي.", [("ما بين 2000 و3000", 2000, 3000)]),
        # a year after "عام" stays a year; the toll after it is one count
        ("ارتفع عدد قتلى الجيش منذ عام 2003 الى 4470 جنديا.", [("4470", 4470, 4470)]),
        # years with no troop noun after them are no range
        ("بين 2014 و2016 انتشر 500 جندي في البلاد.", [("500", 500, 500)]),
        # a stray zero glued to a word counts nobody
        (
            "أرسل الحلف أكثر من عشرة آلاف جندي إلى أفغانستان لتوسيع مهمته هناك0",
            [("أكثر من عشرة آلاف", 10000, None)],
        ),
    ],
)
def test_year_like_ranges_and_stray_zeros(text: str, expected: list) -> None:
    assert [
        (m.count_text, m.troop_count_min, m.troop_count_max) for m in extract_mentions(text, "ar")
    ] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # two spelled numbers of the same scale joined by "and" are a range's ends, not one sum
        ("أرسلت مصر بين ألفين وأربعة آلاف جندي إلى الحدود.", "ar", [("بين ألفين وأربعة آلاف", 2000, 4000)]),
        (
            "نشرت القيادة ما بين ثلاثة آلاف وخمسة آلاف جندي.",
            "ar",
            [("ما بين ثلاثة آلاف وخمسة آلاف", 3000, 5000)],
        ),
        # a smaller part after the last scale is an addend: one compound number
        ("أرسلت مصر ألفين وخمسمائة جندي.", "ar", [("ألفين وخمسمائة", 2500, 2500)]),
        ("قتل في الحرب مليون ومئتا ألف جندي.", "ar", [("مليون ومئتا ألف", 1200000, 1200000)]),
        ("قتل خمسة وعشرون جنديا في الهجوم.", "ar", [("خمسة وعشرون", 25, 25)]),
        ("במלחמה נהרגו מיליון ומאתיים אלף חיילים.", "he", [("מיליון ומאתיים אלף", 1200000, 1200000)]),
    ],
)
def test_spelled_numbers_joined_by_and(
    text: str, language: str, expected: list[tuple[str, int, int]]
) -> None:
    assert [
        (m.count_text, m.troop_count_min, m.troop_count_max) for m in extract_mentions(text, language)
    ] == expected
