"""Ukrainian and Russian articles through the CLI: detection, splitting, quotes with
speakers in the nominative, categories, furniture, labels, PDF/DOCX. Every text here was
written for these tests."""

from pathlib import Path

import pypdf
import pytest

from conftest import ROOT, brief_json, brief_of_text

HERE = Path(__file__).resolve().parent / "articles_lang"
UK, RU = HERE / "uk_talks.txt", HERE / "ru_talks.txt"


@pytest.mark.parametrize("path, language", [(UK, "ukrainian"), (RU, "russian")])
def test_language_is_detected_and_reported(run, path, language):
    assert brief_json(run, path)["language"] == language


def test_english_stays_english(run):
    assert brief_json(run, ROOT / "seeds" / "000_540ad0501d6e8d3b.txt")["language"] == "english"


LATIN = [
    (
        "Der Stadtrat hat am Montag nach einer langen Debatte eine neue Straßenbahnlinie beschlossen. "
        "Die Linie soll den Bahnhof mit dem Krankenhaus und der Universität verbinden.\n",
        "german",
    ),
    (
        "El ayuntamiento aprobó el lunes una nueva línea de tranvía después de un largo debate. "
        "La línea unirá la estación con el hospital y con la universidad en dos años.\n",
        "spanish",
    ),
]


@pytest.mark.parametrize("text, language", LATIN, ids=[lang for _, lang in LATIN])
def test_a_latin_script_language_is_detected_by_its_stop_words(run, tmp_path, text, language):
    assert brief_of_text(run, tmp_path, text)["language"] == language


def test_language_option_overrides_detection(run):
    assert brief_json(run, UK, "--language", "russian")["language"] == "russian"


def test_unknown_language_is_a_usage_error(run):
    result = run("brief", UK, "--language", "klingon")
    assert result.exit_code == 2 and "klingon" in result.stderr


@pytest.mark.parametrize(
    "text, expected",
    [
        # abbreviations and initials do not end a sentence; a pronoun after "т.д." starts one
        (
            "Про це заявив В. Зеленський у неділю. Він додав, що т.зв. план має 20 пунктів.",
            ["Про це заявив В. Зеленський у неділю.", "Він додав, що т.зв. план має 20 пунктів."],
        ),
        (
            "Україна отримала 5 тис. дронів і 2 млн. доларів. Це допомога союзників.",
            ["Україна отримала 5 тис. дронів і 2 млн. доларів.", "Це допомога союзників."],
        ),
        (
            "Об этом сообщил Д. Песков, т.е. Кремль. В 2024 г. Россия заявила одно, и т.д. Он отметил главное.",
            ["Об этом сообщил Д. Песков, т.е. Кремль.", "В 2024 г. Россия заявила одно, и т.д.", "Он отметил главное."],
        ),
        # „…“ closes with the mark that opens an English quote: the next sentence is free
        (
            "Він сказав „це важливо“ вчора. Наступне речення тут.",
            ["Він сказав „це важливо“ вчора.", "Наступне речення тут."],
        ),
    ],
)
def test_sentences_split_with_the_languages_abbreviations(run, tmp_path, text, expected):
    got = brief_of_text(run, tmp_path, text, "--ratio", "1")
    assert [s["text"] for s in got["summary"]] == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("«Ми не віддамо жодної території нашої держави», — заявив Зеленський.", "Зеленський"),
        ('"Переговори тривали п\'ять годин і були корисними", - сказав Рустем Умєров журналістам.', "Рустем Умєров"),
        ("За словами Сибіги, делегація «готова обговорювати гарантії безпеки вже цього тижня».", "Сибіга"),
        ("За словами Зеленського, Україна «не погодиться на умови капітуляції ніколи».", "Зеленський"),
        ("«Мы внимательно изучаем этот документ сейчас», — сказал Песков.", "Песков"),
        ("По словам Ушакова, стороны «договорились продолжить контакты на уровне помощников».", "Ушаков"),
        ("Песков заявил: «Нет, сейчас их нельзя принимать во внимание».", "Песков"),
        ("«Работа идет интенсивно и по существу», — отметил Дмитрий Песков в интервью.", "Дмитрий Песков"),
        ("«Ми розраховуємо на підтримку партнерів», — наголосив глава МЗС Андрій Сибіга.", "Андрій Сибіга"),
        ("«Контакты будут продолжены», — сказал пресс-секретарь Кремля Дмитрий Песков.", "Дмитрий Песков"),
        ("«Мы готовы к встрече в любом формате», — написал в Telegram Зеленский.", "Зеленский"),
        ("Як зазначив Зеленський, «мир має бути справедливим і тривалим для всіх».", "Зеленський"),
        ("Дмитрий Песков: «Контакты с американцами продолжатся на следующей неделе».", "Дмитрий Песков"),
        ("По словам пресс-секретаря Кремля Дмитрия Пескова, Москва «ждет сигналов из Вашингтона».", "Дмитрий Песков"),
        ("За словами Рустема Умєрова, сторони «домовилися про наступні кроки».", "Рустем Умєров"),
        # a genitive name the data does not know loses its ending by the suffix table
        ("За словами Петренка, селище «живе без світла вже третій тиждень поспіль».", "Петренко"),
    ],
)
def test_quote_speakers_in_the_nominative(run, tmp_path, text, speaker):
    quotes = brief_of_text(run, tmp_path, text)["quotes"]
    assert [q["speaker"] for q in quotes] == [speaker]


def test_pronoun_stands_for_the_person_named_before_the_quote_in_its_sentence(run, tmp_path):
    text = "Зеленський прокоментував підсумки зустрічі: «Ми рухаємося вперед, але повільно», — сказав він."
    assert [q["speaker"] for q in brief_of_text(run, tmp_path, text)["quotes"]] == ["Зеленський"]


def test_pronoun_after_a_dash_stands_for_the_one_speaking_before(run, tmp_path):
    text = (
        "Пресс-секретарь президента Дмитрий Песков прокомментировал ход переговоров. "
        "«На этой стадии речь идет только о контактах с американцами», — рассказал он."
    )
    assert [q["speaker"] for q in brief_of_text(run, tmp_path, text)["quotes"]] == ["Дмитрий Песков"]


@pytest.mark.parametrize(
    "path, category, words",
    [
        (UK, "ukrainian_reactions", "Зеленський заявив"),
        (UK, "objectives", "Мета зустрічі"),
        (RU, "concessions", "обмен пленными"),
        (RU, "ukrainian_reactions", "Зеленский заявил"),
    ],
)
def test_categories_found_in_the_articles_language(run, path, category, words):
    points = brief_json(run, path)["key_points"][category]
    assert any(words in p["text"] for p in points), points


@pytest.mark.parametrize(
    "path, furniture",
    [
        (UK, ["Читайте також", "Фото:", "Реклама"]),
        (RU, ["Новости по теме", "Источник:"]),
    ],
)
def test_web_furniture_is_dropped(run, path, furniture):
    got = brief_json(run, path, "--ratio", "1")
    texts = [s["text"] for s in got["summary"]] + [got["title"]]
    assert not [t for t in texts if any(f in t for f in furniture)]


def test_labels_in_the_articles_language_on_request(run):
    english = run("brief", RU).stdout
    assert "## Key points" in english and "### Concessions" in english
    russian = run("brief", RU, "--labels", "article").stdout
    assert "## Ключевые пункты" in russian and "### Уступки" in russian and "## Цитаты" in russian
    got = brief_json(run, UK, "--labels", "article")
    assert [c["id"] for c in got["categories"]] == ["objectives", "concessions", "ukrainian_reactions"]
    assert got["categories"][0]["label"] == "Цілі"


def test_bad_labels_value_is_a_usage_error(run):
    result = run("brief", RU, "--labels", "klingon")
    assert result.exit_code == 2 and "labels" in result.stderr


def test_pdf_and_docx_carry_cyrillic_title(run, tmp_path):
    from docx import Document
    from pypdf import PdfReader

    pdf, docx = tmp_path / "b.pdf", tmp_path / "b.docx"
    assert run("brief", UK, "-o", pdf, "--labels", "article").exit_code == 0
    assert run("brief", UK, "-o", docx, "--labels", "article").exit_code == 0
    reader = PdfReader(str(pdf))
    assert reader.metadata.title == "Зеленський відповів на нову пропозицію США"
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Ключові пункти" in text and "Зеленський" in text
    doc = Document(str(docx))
    assert doc.core_properties.title == "Зеленський відповів на нову пропозицію США"
    assert any(p.text == "Ключові пункти" for p in doc.paragraphs)


def test_taxonomy_language_section_is_checked(run, tmp_path):
    bad = tmp_path / "t.toml"
    bad.write_text(
        '[[category]]\nid = "a"\n[category.cues]\naim = 1.0\n[languages.russian.cues.nope]\n"цель" = 1.0\n',
        encoding="utf-8",
    )
    result = run("brief", RU, "--taxonomy", bad)
    assert result.exit_code == 2 and "unknown category 'nope'" in result.stderr


@pytest.mark.parametrize(
    "text, category, expected",
    [
        # the agent of a verb is its subject, not a name after a preposition
        ("Зеленський після зустрічі з Трампом заявив, що Україна готова до перемир'я.", "ukrainian_reactions", True),
        ("Путін після розмови з Зеленським заявив, що Москва не поспішає.", "ukrainian_reactions", False),
        ("Песков заявил, что Украина должна выйти из Донбасса.", "ukrainian_reactions", False),
        # a place at the start speaks for its government
        ("У Києві відкинули вимогу Кремля.", "ukrainian_reactions", True),
        ("В Киеве отвергли требование Москвы.", "ukrainian_reactions", True),
        ("В Кремле отвергли предложение Киева.", "ukrainian_reactions", False),
        # a city of Ukraine sets the scene as Kyiv does; the US Secretary of State is no Ukrainian
        ("У Миколаєві відкинули ідею обміну територіями.", "ukrainian_reactions", True),
        ("В Николаеве отвергли идею обмена территориями.", "ukrainian_reactions", True),
        (
            "Зеленський прилетів до Вашингтона. Держсекретар зустрівся із Зеленським. Він заявив, що переговори тривають.",
            "ukrainian_reactions",
            False,
        ),
        # "он" carries the previous sentence's subject
        ("Зеленский прибыл в Берлин. Он подчеркнул, что Киев ждет ответа.", "ukrainian_reactions", True),
        ("Україна погодилася на обмін полоненими в обмін на припинення ударів.", "concessions", True),
        ("Россия согласилась на прекращение огня на 30 дней.", "concessions", True),
        ("Мета переговорів — справедливий мир для України.", "objectives", True),
        ("Москва стремится закрепить контроль над регионом.", "objectives", True),
        ("Згодом делегації повернулися додому.", "concessions", False),
        # "поступитися" in its reflexive forms is to yield, negated or not; "поступити" is to act
        ("Україна не поступиться жодним метром своєї землі.", "concessions", True),
        ("Делегація вирішила поступити інакше.", "concessions", False),
        # terms and trades: withdrawing troops, lifting sanctions
        ("Кремль вимагає вивести війська з Донбасу.", "concessions", True),
        ("Москва требует вывести войска из Донбасса.", "concessions", True),
        ("У Вашингтоні обговорюють зняття санкцій з Москви.", "concessions", True),
        # intent: "все, щоб", what a party needs, calls for, wants, or means to end
        ("Київ зробить все, щоб повернути полонених додому.", "objectives", True),
        ("Москва сделает всё, чтобы удержать захваченные земли.", "objectives", True),
        ("Україні потрібні гарантії безпеки, щоб війна не повторилася.", "objectives", True),
        ("Киеву нужны гарантии, чтобы война не повторилась.", "objectives", True),
        ("Рубіо закликав Росію припинити бойові дії.", "objectives", True),
        ("Вашингтон призвал Москву прекратить боевые действия.", "objectives", True),
        ("Делегації зустрілися, щоб зупинити війну.", "objectives", True),
        ("Делегація хотіла, щоб перемир'я тривало довше.", "objectives", True),
        ("Мы хотим, чтобы переговоры продолжились.", "objectives", True),
        # Ukraine confirming, commenting, refusing, ready, or in a mood about the talks
        ("Сибіга прокоментував підсумки зустрічі в Женеві.", "ukrainian_reactions", True),
        ("Зеленский подтвердил, что делегация уже в Женеве.", "ukrainian_reactions", True),
        ("Україна не збирається визнавати окуповані території.", "ukrainian_reactions", True),
        ("Зеленський готовий до зустрічі з Путіним.", "ukrainian_reactions", True),
        ("Зеленский готов к трехсторонней встрече.", "ukrainian_reactions", True),
        ("ВСУ готовят оборону на новых рубежах.", "ukrainian_reactions", False),
        ("ВСУ уверенно удерживают позиции.", "ukrainian_reactions", False),
        ("В Киеве уверены, что переговоры продолжатся.", "ukrainian_reactions", True),
        ("Українці налаштовані песимістично щодо переговорів.", "ukrainian_reactions", True),
        # the line naming a report's source repeats the one before; "про це" elsewhere does not
        ("Київ відкинув вимогу Кремля. Про це він повідомив журналістам.", "ukrainian_reactions", False),
        ("Киев отверг требование Кремля. Об этом он сообщил журналистам.", "ukrainian_reactions", False),
        ("Зеленський заявив, що готовий говорити про це відкрито.", "ukrainian_reactions", True),
        # a cue covers the word's other forms: nouns and verbs, tenses, persons
        ("Кремль висунув нові вимоги до Києва.", "objectives", True),
        ("Головна з цілей Москви - контроль над Донбасом.", "objectives", True),
        ("Київ не втрачає надії на справедливий мир.", "objectives", True),
        ("Мы надеемся на скорый мир.", "objectives", True),
        ("Кремль стремился сорвать переговоры.", "objectives", True),
        ("Москва стремительно наступает на Донбассе.", "objectives", False),
        ("Делегації домовляться про умови.", "concessions", True),
        ("Стороны договорятся об условиях.", "concessions", True),
        ("Україна відхилила вимогу Кремля.", "ukrainian_reactions", True),
        ("Киев отклонил требование Москвы.", "ukrainian_reactions", True),
        ("Київ не згоден з умовами Москви.", "ukrainian_reactions", True),
        ("Киев не согласен с условиями Москвы.", "ukrainian_reactions", True),
        ("Зеленський підкреслює, що мир можливий.", "ukrainian_reactions", True),
        ("Зеленский подчеркивает, что мир возможен.", "ukrainian_reactions", True),
        ("Росія прагла захопити весь Донбас.", "objectives", True),
        ("Кремль хотітиме, щоб Київ відступив.", "objectives", True),
        ("Кремль наполягає на вимозі про нейтралітет.", "objectives", True),
        ("Главные цели Москвы не изменились.", "objectives", True),
        ("Киев целиком поддерживает план.", "objectives", False),
        ("Киеву остается надеяться на помощь партнеров.", "objectives", True),
        ("Кремль чекає від Києва поступок.", "concessions", True),
        ("Київ відмовляється від переговорів з Москвою.", "ukrainian_reactions", True),
        ("Киев не откажется от своих территорий.", "ukrainian_reactions", True),
        ("Зеленский подчеркнет это на встрече с Трампом.", "ukrainian_reactions", True),
        ("Україна відповіла на пропозицію Вашингтона.", "ukrainian_reactions", True),
        ("Київ ухвалив відповідне рішення про мобілізацію.", "ukrainian_reactions", False),
        ("Россия может передать Украине часть территории.", "concessions", True),
        ("Россия готовит новое наступление, передает агентство.", "concessions", False),
        ("Армия добивает окруженную группировку.", "objectives", False),
        ("Морозы до минус 20 по Цельсию ударили по Киеву.", "objectives", False),
        ("Следователи выяснили, что задержанного пытали, чтобы получить показания.", "objectives", False),
        ("Украина и Польша будут действовать сообща.", "ukrainian_reactions", False),
        ("Україна провела оптимізацію міністерств.", "ukrainian_reactions", False),
        ("Украина завершила оптимизацию министерств.", "ukrainian_reactions", False),
        ("Україна посилила свої позиції додатковими силами.", "ukrainian_reactions", False),
        ("Київ здатен утримати свої території до весни.", "concessions", False),
        # not accepting is rejecting; scepticism, reminding and assessing are reactions too
        ("Більшість українців не приймають вимоги Росії.", "ukrainian_reactions", True),
        ("В Киеве не принимают требования Москвы.", "ukrainian_reactions", True),
        ("Українські експерти висловлюють скепсис щодо плану.", "ukrainian_reactions", True),
        ("Зеленський нагадав про гарантії безпеки.", "ukrainian_reactions", True),
        ("Киев оценил переговоры как конструктивные.", "ukrainian_reactions", True),
        ("Кремль оценил переговоры как конструктивные.", "ukrainian_reactions", False),
    ],
)
def test_categories_of_sentences(run, tmp_path, text, category, expected, rules_taxonomy):
    points = brief_of_text(run, tmp_path, text, "--taxonomy", rules_taxonomy)["key_points"][category]
    last = text.split(". ")[-1]
    assert any(last in p["text"] for p in points) is expected, points


def test_quotes_printed_in_the_articles_typography(run):
    from summit_cli import make_brief

    # The Quotes section prints a quote in the marks of the article's language.
    assert make_brief(str(UK)).quoted("Ми хочемо миру") == "«Ми хочемо миру»"
    assert "> “" in run("brief", ROOT / "seeds" / "000_540ad0501d6e8d3b.txt").stdout


@pytest.mark.parametrize(
    "text, furniture",
    [
        (
            "Переговори тривають\n\n29 грудня 2025, 14:35\n\nДжерело: Укрінформ\n\nУмєров заявив, що делегації працюють щодня.\n\n"
            "Дивіться також: відео з Женеви\n\nЗеленський подякував партнерам за підтримку.\n",
            ["14:35", "Джерело", "Дивіться також"],
        ),
        (
            "Переговоры продолжаются\n\nОбновлено 3 марта 2025 года, 10:54 мск\n\nПесков заявил, что контакты продолжатся.\n\n"
            "Читайте также: главное о встрече\n\nФото: пресс-служба Кремля\n\nУшаков назвал переговоры полезными.\n",
            ["10:54", "Читайте также", "Фото"],
        ),
    ],
)
def test_dates_and_furniture_lines_are_dropped(run, tmp_path, text, furniture):
    got = brief_of_text(run, tmp_path, text, "--ratio", "1")
    texts = [s["text"] for s in got["summary"]]
    assert len(texts) == 2 and not [t for t in texts if any(f in t for f in furniture)], texts


def test_a_taxonomy_reads_its_language_companion_file(run, tmp_path):
    (tmp_path / "strike.toml").write_text(
        '[actors]\nunion = ["union"]\n[[category]]\nid = "demands"\nlabel = "Demands"\n[category.cues]\ndemand = 1.0\n',
        encoding="utf-8",
    )
    (tmp_path / "strike").mkdir()
    (tmp_path / "strike" / "russian.toml").write_text(
        '[labels]\ndemands = "Требования"\n[cues.demands]\n"требова*" = 1.0\n', encoding="utf-8"
    )
    article = tmp_path / "a.txt"
    article.write_text(
        "Профсоюз выдвинул требования о повышении зарплаты. Переговоры продолжатся завтра.", encoding="utf-8"
    )
    got = brief_json(run, article, "--taxonomy", tmp_path / "strike.toml", "--labels", "article")
    assert [p["text"] for p in got["key_points"]["demands"]] == ["Профсоюз выдвинул требования о повышении зарплаты."]
    assert got["categories"] == [{"id": "demands", "label": "Требования"}]
    (tmp_path / "strike" / "russian.toml").write_text('[cues.wages]\n"зарплат*" = 1.0\n', encoding="utf-8")
    result = run("brief", article, "--taxonomy", tmp_path / "strike.toml")
    assert result.exit_code == 2 and "unknown category 'wages'" in result.stderr


def test_headings_in_the_articles_language_leave_no_english_line(run):
    out = run("brief", UK, "--labels", "article").stdout
    for english in (
        "Also in this category",
        "Nothing in this article",
        "sentences",
        "min read",
        "Numbers in",
        "Source:",
    ):
        assert english not in out
    assert "Ключові пункти" in out and "речень: " in out and "Джерело: " in out
    # the facts line of an English brief is unchanged
    assert " sentences · " in run("brief", UK).stdout


@pytest.mark.parametrize(
    "text, expected",
    [
        # an unnamed source cited in the genitive speaks in the nominative, not as a name
        (
            "Телеканал со ссылкой на представителя Белого дома сообщил, что встреча «прошла продуктивно и по-деловому».",
            ["представитель Белого дома"],
        ),
        (
            "Видання з посиланням на речника міністерства написало, що розмова «була корисною для обох сторін».",
            ["речник міністерства"],
        ),
        # an office in the genitive, and whose it is
        ("За словами держсекретаря США, зустрічі були «найкориснішими за весь рік».", ["держсекретар США"]),
        ("По словам госсекретаря США, переговоры были «самыми продуктивными за год».", ["госсекретарь США"]),
        # "his words" are those of the source the sentence before cites
        (
            "Про це повідомив телеканал з посиланням на неназваного представника Білого дому. "
            "За його словами, «зустріч була продуктивною для всіх сторін».",
            ["неназваний представник Білого дому"],
        ),
        # a lead-in ending the sentence before: its speaker's words
        (
            "Зеленский встретился с Трампом в Белом доме.\n\nНа вопрос журналистов он ответил:\n\n"
            "«У нас была долгая беседа о территориях».",
            ["Зеленский"],
        ),
        # an office described, not named: the person the article was speaking of
        (
            "Зеленський прибув до Берліна на переговори. «Ми зосереджені на гарантіях безпеки для України», "
            "— зазначив український президент.",
            ["Зеленський"],
        ),
        # a described office is never a person the taxonomy places elsewhere
        (
            "У понеділок Трамп прийняв у Білому домі Зеленського.\n\n"
            "Український лідер назвав зустріч «дуже успішною і корисною для обох сторін».",
            ["Зеленський"],
        ),
        # an office after its verb, placed by the words after it ("of the Ukrainian state"):
        # the one person named whom the taxonomy places there, not the last one speaking
        (
            "Зеленський зустрівся з Ердоганом. Про це заявив турецький президент Реджеп Таїп Ердоган.\n\n"
            "«Ми готові до нової зустрічі делегацій», — пояснив глава української держави.",
            ["Зеленський"],
        ),
        (
            "Зеленский встретился с Эрдоганом. Об этом сообщил турецкий президент Реджеп Тайип Эрдоган.\n\n"
            "«Мы готовы к новой встрече делегаций», — пояснил глава украинского государства.",
            ["Зеленский"],
        ),
        # a long title before the name: the name is the subject, not the title's capitals
        (
            "Руководитель Офиса президента и глава делегации на переговорах Андрей Ермак сообщил об итогах. "
            "По его словам, встреча была «очень продуктивной для обеих сторон».",
            ["Андрей Ермак"],
        ),
        # a participle of speech has its clause's speaker
        (
            "«Путин хочет территорий», сказал Песков, добавив, что США требуют от Украины «вывести войска».",
            ["Песков", "Песков"],
        ),
        # an office named only by whose it is speaks as the office, not as its owner
        (
            "Пєсков заявив, що Кремль вивчить план.\n\n"
            "Прес-секретар Путіна також сказав, що РФ не хоче обговорень «у публічному мегафонному форматі».",
            ["Пєсков"],
        ),
        # a quotation within a quotation, in straight marks and in «»
        ('"Если они скажут "нет", это многое нам скажет", — сказал Рубио в Дублине.', ["Рубио"]),
        ("«Решение «Нафтогаза» стало для нас неожиданным», — сказал Песков.", ["Песков"]),
        # an adverb between the dash and the verb
        ("«Ви хочете, щоб ми віддали нашу землю?», — цинічно заявив Сергій Лавров.", ["Сергій Лавров"]),
        ("Про «обмін територіями в інтересах обох сторін» – раніше заявляв і сам Дональд Трамп.", ["Дональд Трамп"]),
        # the attribution nearest the quote is its own
        (
            "По данным агентства, Москва скептически относится к идее, но в Кремле советуют «не спешить с выводами».",
            ["Кремль"],
        ),
        # a verb coordinated with the sentence's first keeps its subject
        (
            "Держсекретар Марко Рубіо похвалив переговори, але підкреслив, що «попереду ще багато роботи».",
            ["Марко Рубіо"],
        ),
        # a sentence opening on an adjective and its noun speaks as that description
        (
            "Украинская делегация по итогам встречи сообщила об «общем понимании главных условий» "
            "и отметила, что визит может состояться «в ближайшую возможную дату».",
            ["Украинская делегация", "Украинская делегация"],
        ),
        # an office alone stands for the person the article was speaking of
        (
            "Зеленский считает, что встреча - это «хороший сигнал для всех». "
            "Президент подчеркнул: «Мы хотим закончить войну этой зимой».",
            ["Зеленский", "Зеленский"],
        ),
        # a word that opens a sentence in capitals is no name
        (
            "Варто зауважити, що президент Володимир Зеленський анонсував зустрічі у США. "
            "«Рустем Умєров продовжить розмову з американцями», — заявив політик.",
            ["Володимир Зеленський"],
        ),
        # the sentence after a quote says who spoke it
        (
            "Стороны нашли взаимопонимание, которое сделало встречу «действительно дружественной». "
            "Соответствующее заявление сделал советник Кремля Юрий Ушаков.",
            ["Юрий Ушаков"],
        ),
        (
            "Переговори були «важкими, але корисними для обох сторін». Про це заявив речник Кремля Дмитро Пєсков.",
            ["Дмитро Пєсков"],
        ),
        # a body after "в"/"у", in the nominative; a place is never the speaker
        ("«Ми не погодимося на жодні поступки», — наголосили в Офісі президента.", ["Офіс президента"]),
        ("«Никаких уступок не будет», — заявили в МИД России.", ["МИД России"]),
        ("У МЗС України заявили, що «Росія не хоче миру».", ["МЗС України"]),
        # an unnamed person as described; a name after its description, not the place in it
        ("«Переговори пройшли конструктивно», — розповіла 45-річна вчителька з Києва.", ["45-річна вчителька з Києва"]),
        ("«Я не верю ни одному слову», — говорит жительница Москвы Анна.", ["Анна"]),
        ("«Ми маємо шанс на мир», — вважає нардеп Олексій Гончаренко.", ["Олексій Гончаренко"]),
        # "он" after a sentence about a group is the one who spoke before it, not someone the
        # group's sentence names
        (
            "«Это важно», — подчеркнул Песков. Российские представители постоянно докладывают Путину "
            "о результатах. «Продолжение запланировано на следующую неделю», — добавил он.",
            ["Песков", "Песков"],
        ),
        # a name after an office and its body's complement is the speaker, not the body
        (
            "Как сообщил зампред комитета Совета Федерации по обороне Владимир Чижов, заявление не "
            "приняли. «Они сидели 12 часов и согласовали заявление», — заявил он.",
            ["Владимир Чижов"],
        ),
        # an office whose owner is named in the genitive is its holder's, the person spoken of
        (
            "Глава российской делегации Владимир Мединский выступил по итогам переговоров. «Мы "
            "удовлетворены результатом», — сказал помощник президента РФ Владимира Путина.",
            ["Владимир Мединский"],
        ),
        (
            "Голова делегації Рустем Умєров виступив після переговорів. «Ми задоволені результатом», — "
            "сказав радник президента України Володимира Зеленського.",
            ["Рустем Умєров"],
        ),
        (
            "«Мы готовы», — заявил пресс-секретарь президента РФ Владимира Путина Дмитрий Песков.",
            ["Дмитрий Песков"],
        ),
        # an office alone with a verb in the feminine is the woman spoken of
        (
            "Министр иностранных дел Латвии Байба Браже выступила в Риге. Россией правит Владимир Путин. "
            "Министр отметила, что именно «мясник в Кремле» мешает миру.",
            ["Байба Браже"],
        ),
        # "по ее словам": the woman named before, not a man the sentence names
        (
            "Об этом заявила официальный представитель МИД РФ Мария Захарова. По ее словам, решение "
            "администрации Дональда Трампа приведет к последствиям. «Не могу не прокомментировать "
            "эту новость».",
            ["Мария Захарова"],
        ),
        # "він" after a description in the genitive with a neuter complement: that description
        (
            "За словами співрозмовника видання, «зустріч була продуктивною». Він уточнив: «Посланник "
            "доповів президенту після зустрічі».",
            ["співрозмовник видання", "співрозмовник видання"],
        ),
        # an outlet of two words that relays someone is not whom the next office stands for
        (
            "Спецпредставитель президента России Кирилл Дмитриев назвал переговоры конструктивными. "
            "Его слова передает РИА Новости. «Дискуссии проходят конструктивно», — отметил "
            "спецпредставитель Путина.",
            ["Кирилл Дмитриев"],
        ),
        # an office's noun alone opening the sentence is the person just named, on its side
        (
            "Про це секретар РНБО Рустем Умєров повідомив у Telegram. Посадовець відзначив, що в "
            "ЗМІ з'являється «багато галасу та анонімних спекуляцій».",
            ["Рустем Умєров"],
        ),
        (
            "Про це спецпосланець США Стів Віткофф повідомив журналістам. Представник української "
            "делегації наголосив: «Важливо, щоб американська сторона залишалася залученою».",
            ["представник української делегації"],
        ),
        # the one who quotes a document speaks its words
        (
            "Президент Владимир Зеленский рассказал о плане. Об этом глава государства сообщил журналистам. "
            "«Линия фронта станет линией разграничения», - процитировал президент пункт плана.",
            ["Владимир Зеленский"],
        ),
        (
            "Президент Володимир Зеленський розповів про план. Про це глава держави повідомив журналістам. "
            "«Лінія фронту стане лінією розмежування», - процитував президент пункт плану.",
            ["Володимир Зеленський"],
        ),
        # another word for the person spoken of, naming their side, is that person; a private
        # person is who they are
        (
            "Глава делегации Рустем Умеров прилетел в Стамбул. Об этом он объявил в Телеграм-канале. "
            "«Только что прибыл в Стамбул», — пишет главный переговорщик Украины.",
            ["Рустем Умеров"],
        ),
        (
            "Президент Росії Володимир Путін виступив у Кремлі. За його словами, «війна триватиме». "
            "«Ми не відступимо», — заявив диктатор Росії.",
            ["Володимир Путін", "Володимир Путін"],
        ),
        (
            "Президент Украины Владимир Зеленский выступил в Киеве. «Мы не отступим», — сказала пенсионерка из Киева.",
            ["пенсионерка из Киева"],
        ),
        # a document's words are its owner's; a name alone after the dash; a name before a colon
        ("«Україна готова до переговорів», — йдеться у заяві МЗС.", ["МЗС"]),
        ("«Россия готова к диалогу», — говорится в заявлении Кремля.", ["Кремль"]),
        # where or to whom ("в интервью РБК") between a subject and its verb is no subject
        ("Глава МИД Сергей Лавров в интервью РБК подчеркнул: «Мы не торопимся».", ["Сергей Лавров"]),
        ("Віталій Кличко в інтерв'ю Axios заявив, що Київ «готовий до зими».", ["Віталій Кличко"]),
        # whose words an outlet cites: the owner, not the outlet
        ("Слова депутата Ивана Сидоренко приводит РИА Новости: «Мы готовы ждать».", ["Иван Сидоренко"]),
        ("Слова Зеленського наводить Укрінформ: «Ми готові чекати».", ["Зеленський"]),
        # a document with no owner of its own is the one the sentence before names
        (
            "Міністри провели зустріч у Женеві. Про це йдеться в повідомленні на сайті Секретаріату ООН. "
            "«Сторони погодилися продовжити консультації наступного тижня», - зазначається в повідомленні.",
            ["Секретаріат"],
        ),
        (
            "Министры провели встречу в Женеве. Об этом говорится в сообщении на сайте Госдепартамента США. "
            "«Стороны согласились продолжить консультации на следующей неделе», - отмечается в сообщении.",
            ["Госдепартамент"],
        ),
        ("«Переговори продовжаться у четвер» — Зеленський.", ["Зеленський"]),
        ("Зеленський у вечірньому відеозверненні: «Ми працюємо над гарантіями».", ["Зеленський"]),
        ("Як зазначили в Офісі президента, «контакти будуть продовжені найближчим часом».", ["Офіс президента"]),
        ("«Це була важка розмова», — поділився враженнями Умєров.", ["Умєров"]),
        # a quote standing alone after a sentence of speech is that sentence's speaker's
        (
            "Президент Володимир Зеленський повідомив, що делегація буде з ним на звʼязку. "
            "«Ми домовилися з нашою командою, я буду на звʼязку».",
            ["Володимир Зеленський"],
        ),
        # an aside between a name and its verb; a new speaker is no continuation of the one before
        (
            "«Ми обговорили гарантії безпеки», — написав Зеленський. "
            "Туск, у свою чергу, заявив, що Польща «залишиться з Україною стільки, скільки потрібно».",
            ["Зеленський", "Туск"],
        ),
        (
            "«Ми обговорили гарантії безпеки», — написав Зеленський. "
            "За даними Reuters, американська сторона «готує новий пакет пропозицій».",
            ["Зеленський", "Reuters"],
        ),
        # a pronoun a few words before the verb
        (
            "«Ми обговорили гарантії безпеки», — написав Зеленський. "
            "Він також наголосив, що «без України жодних рішень бути не може».",
            ["Зеленський", "Зеленський"],
        ),
        # "he" after a sentence naming two people is its subject
        (
            "Марко Рубіо зустрівся з Андрієм Сибігою у Женеві. «Ми обговорили гарантії безпеки», — сказав він.",
            ["Марко Рубіо"],
        ),
        # "the official" after a named speaker is that speaker
        (
            "Пресс-секретарь Кремля Дмитрий Песков заявил, что встреча пройдет в среду. "
            "«Подготовка идет по плану», — сказал чиновник.",
            ["Дмитрий Песков"],
        ),
        # a quote after "по ее словам" is hers
        (
            "Об этом заявила глава правительства Анна Ковальчук. По ее словам, исход переговоров неясен. "
            "«Мы не видим готовности к миру со стороны Москвы».",
            ["Анна Ковальчук"],
        ),
        # an attribution between dashes inside the quotation marks
        (
            "«Я рад вас видеть, — сказал президент Франции Эмманюэль Макрон, встречая гостей. — Начнем работу».",
            ["Эмманюэль Макрон"],
        ),
        # a body of two words in any case, and a document's owner
        (
            "В Белом доме заявили, что план «остается рабочим документом».",
            ["Белый дом"],
        ),
        ("«Зустріч у Східній кімнаті завершилася», – повідомляє Білий дім.", ["Білий дім"]),
        # an infinitive after a quote is no attribution; an outlet that relays names no speaker
        (
            "Бывший посол Анна Миронова заявила, что «бессмысленно» говорить о мире с Владимиром Путиным, "
            "передает Sky News:\n\n«Соглашения в этом году не будет».",
            ["Анна Миронова", "Анна Миронова"],
        ),
        # "він" stands for the person speaking before, not for the outlet that relays him
        (
            "Глава делегації Петро Савчук заявив, що переговори завершено. Його заяву цитують ЗМІ, передає "
            "Голос.UA. «Ми задоволені результатом», — зазначив він.",
            ["Петро Савчук"],
        ),
        # a first name in another case is whom he spoke to, not who "он" is
        (
            "Помощник президента Игорь Лесной заявил, что разговоры закрыты. Так он ответил в интервью "
            "журналисту Павлу Зарубину. «Суть разговоров я не комментирую», — сказал он.",
            ["Игорь Лесной"],
        ),
        # a connective opening a sentence is no speaker
        (
            "Трамп заявил, что говорил с Путиным. Однако добавил, что Россия «сдержала слово».",
            ["Трамп"],
        ),
        # whom an outlet cites, in the nominative
        (
            "«Это удар в спину», — цитирует Financial Times неназванного украинского чиновника. "
            "«Нам нужен мир», — цитирует пенсионерку kp.ru.",
            ["неназванный украинский чиновник", "пенсионерка"],
        ),
        (
            "Отдельно в заявлении Белого дома отмечается, что США «помогут восстановить доступ к рынкам».",
            ["Белый дом"],
        ),
        # quotes after a sentence citing a document, and in one that ends citing it
        (
            "Про це йдеться у повідомленні Білого дому. Сторони «домовилися розробити заходи» для захисту енергетики.",
            ["Білий дім"],
        ),
        (
            "США «продовжуватимуть сприяти переговорам між сторонами», ідеться в заявах Білого дому.",
            ["Білий дім"],
        ),
        # a short term after a sentence citing a document is no quote of it
        (
            "Об этом говорится в докладе Центра стратегий мира. "
            "По первоначальному плану обе области будут «заморожены» вдоль линии фронта.",
            [],
        ),
        # an unnamed source as the verb's subject, after an adverb that opens the sentence ...
        (
            "Учора неназваний європейський дипломат повідомив журналістам, що угода «вже майже готова».",
            ["неназваний європейський дипломат"],
        ),
        (
            "Высокопоставленный представитель Госдепартамента признал, что план «требует доработки».",
            ["высокопоставленный представитель Госдепартамента"],
        ),
        # ... but a source named after its description is that person
        (
            "Представник Білого дому Олена Гринчук заявила, що переговори «тривають за графіком».",
            ["Олена Гринчук"],
        ),
        # an adverbial participle's clause, naming others, between the subject and its verb
        (
            "Глава делегации Ольга Стефанишина, комментируя встречу Зеленского с Трампом, "
            "подчеркнула, что «гарантии должны быть обязательными».",
            ["Ольга Стефанишина"],
        ),
        # a vox pop's speaker named with who they are, a quoted name in the description
        (
            "Ірина Коваль, волонтерка фонду «Повернись живим»: «Ми не віримо жодним обіцянкам Кремля».",
            ["Ірина Коваль"],
        ),
        # a headline's dash, name and what the words are about
        (
            "«Ми не приблизилися до миру» — Єрмак про зустріч з Віткоффом",
            ["Єрмак"],
        ),
        # the verb said once, each subject after it before a dash
        (
            "Зеленський назвав зустріч «найкращою», а прем'єр Канади Марк Карні — «продуктивною».",
            ["Зеленський", "Марк Карні"],
        ),
        # a pronoun before the verb is its subject, not a name after it
        (
            "Сибіга виступив у Варшаві. Він нагадав про зустріч із міністром Андрієм Коваленком, "
            "після якої сторони «домовилися про нові кроки».",
            ["Сибіга"],
        ),
        # asking again is saying
        (
            "«Яких саме гарантій?» — перепитує Оксана, вчителька з Полтави.",
            ["Оксана"],
        ),
        # characterising, promising and assuring are saying; a place between subject and verb
        (
            "Глава делегации Игорь Белов охарактеризовал переговоры как «трудные, но полезные».",
            ["Игорь Белов"],
        ),
        (
            "Речниця Ольга Лис запевняла журналістів, що для обох сторін «це добрий план».",
            ["Ольга Лис"],
        ),
        (
            "Міністр Андрій Коваль після переговорів у Женеві зазначив, що «прогрес очевидний».",
            ["Андрій Коваль"],
        ),
        # an acronym opening its clause before the verb is a body speaking
        (
            "МЗС ОАЕ заявило, що новий раунд «відображає довіру всіх трьох сторін».",
            ["МЗС ОАЕ"],
        ),
        # accusing is saying
        (
            "Лавров обвинил Киев в желании «сорвать любые переговоры».",
            ["Лавров"],
        ),
        # a name after a preposition before the colon is no speaker; the sentence's subject is
        (
            "Позже Лавров встретился с Рубио: «Мы обсудили все вопросы повестки дня».",
            ["Лавров"],
        ),
        (
            "Сибіга про переговори у Женеві: «Ми бачимо реальний прогрес у переговорах».",
            ["Сибіга"],
        ),
        # an office the actors place by a phrase ("Белого дома") stands for the one person the
        # article names on that side, even when it names them only later
        (
            "«Это была очень тёплая встреча», — отметил глава Белого дома. Позже Дональд Трамп уехал.",
            ["Дональд Трамп"],
        ),
        # an unnamed source with its adjectives after the verb is that source, not an office
        # standing for the person spoken of; the outlet told ("для FT") is no part of it
        (
            "Путин прилетел в Анкоридж. «Это удар в спину», – отметил для FT высокопоставленный украинский чиновник.",
            ["высокопоставленный украинский чиновник"],
        ),
        # one of a group, as the subject or after the dash whatever the verb, is that one
        (
            'Трамп прилетів до Женеви. Один із чиновників, який брав участь у розмові, назвав його наміри "вкрай неоднозначними".',
            ["один із чиновників"],
        ),
        (
            'Трамп обіцяє захист. "Від кого?" — сміється один із бійців батальйону, коли чує про гарантії.',
            ["один із бійців батальйону"],
        ),
        # sources speak as a group, not as the person spoken of before
        (
            "Уиткофф прилетел в Майами. «Переговоры продолжаются», — сказали источники, добавив, что «вопросы остаются».",
            ["источники", "источники"],
        ),
        # a quote after "По его словам, …" is his, whom the sentences before name, not one of
        # the people that sentence goes on to name
        (
            "Сергей Коваль рассказал, что делегация отвергла уступки. Поэтому эти пункты сняли. "
            "Открытыми остались вопросы о НАТО. По его словам, они требуют решений Дональда Трампа и "
            "Владимира Зеленского. «От начальной версии осталось очень мало»",
            ["Сергей Коваль"],
        ),
        # an office placed on a side is held there: by the one the next sentence names on that
        # side, else it stays the office, never the person spoken of on another side
        (
            "Песков сказал: «Мы пока ничего не получали». Госсекретарь США заявил о «значительном "
            "прогрессе». Рубио назвал день «самым продуктивным за долгое время».",
            ["Песков", "Рубио", "Рубио"],
        ),
        (
            "Песков сказал: «Мы пока ничего не получали». Госсекретарь США заявил о «значительном прогрессе в переговорах».",
            ["Песков", "Госсекретарь США"],
        ),
        # a known name right after the verb in another case is its object, not the speaker; in
        # the instrumental it is a participle's agent
        (
            "Трамп начал разговор с того, что назвал Зеленского «очень сильным лидером, который многое пережил».",
            ["Трамп"],
        ),
        (
            "Документ считали шагом к выполнению заявленного президентом Трампом обещания «быстро закончить войну».",
            ["Трамп"],
        ),
        # a group speaking keeps no trailing adverbs
        (
            "В заявлении отмечается, что украинская делегация еще раз подчеркнула «приверженность миру и суверенитету страны».",
            ["украинская делегация"],
        ),
        # a quote standing alone after "За словами X, …" is X's
        (
            "Переговори відбулися в Женеві. За словами Кислиці, зараз вони тривають щодня. "
            "«Таким чином, я вважаю, що на сьогодні сформувався консенсус»",
            ["Кислиця"],
        ),
        # "он" is not someone its own sentence names after a preposition before it
        (
            "Госсекретарь США Марко Рубио объявил о поправках к плану. На пресс-конференции с Андреем "
            "Ермаком он заявил, что стороны «добились очень хорошего рабочего результата».",
            ["Марко Рубио"],
        ),
        # "спецпосланник", spelt so too, is an office: its owner in the genitive does not speak
        (
            'Віткофф провів розмову з Ушаковим. В розмові спецпосланник Трампа заявив, що "глибоко поважає Путіна".',
            ["Віткофф"],
        ),
        # a known name right before the verb in the genitive is no subject; the opening one is
        (
            "Помощник президента России Юрий Ушаков по итогам встречи со спецпосланниками президента США "
            "Дональда Трампа в Кремле заявил, что «без решения территориального вопроса соглашения не будет».",
            ["Юрий Ушаков"],
        ),
        # a statement about something ("заяву щодо саміту") is no one's words by that name
        (
            'Саміт розпочався ввечері. Зеленський зробив заяву щодо саміту на Алясці: "Дійсно високі ставки для всіх".',
            ["Зеленський"],
        ),
        # a stray space before a stop inside a quotation does not cut the quotation
        (
            '"Перша зона має бути на півдні (біля станції) . Це в наших інтересах", — розповів Зеленський.',
            ["Зеленський"],
        ),
        # an office whose body runs on in lower case: its holder is the name after it
        (
            "Речник Міністерства охорони здоров'я України Олена Петрук після наради поділилася деталями, "
            'зазначивши, що "нові лікарні відкриються вже навесні". Вона уточнила, що це "найбільша програма за десять років".',
            ["Олена Петрук", "Олена Петрук"],
        ),
        # a straight mark may close with «»'s closing mark
        (
            '"Я думаю, что паузу в помощи мы сможем решить. Завтрашний день будет ключевым», – отметил министр Иван Петров.',
            ["Иван Петров"],
        ),
        # "он сказал …, передает X": he spoke, the outlet relays
        (
            "Президент Беларуси Александр Лукашенко заявил, что договор будет подписан. "
            "Об этом он сказал в кулуарах саммита, передает Газета.ру. "
            '"Мы поддерживаем эти усилия и очень надеемся на мирный договор".',
            ["Александр Лукашенко"],
        ),
        # whose institute an office is of ends where the given name and surname begin
        (
            "Таку думку висловив директор Центру безпеки Північної Євразії Олег Марченко в етері телеканалу. "
            '"Переговори будуть довгими і складними, і ніхто не знає, чим вони закінчаться".',
            ["Олег Марченко"],
        ),
        # a body after an office ("радник глави Офісу президента") is whose office it is
        (
            'Про це заявив радник глави Офісу президента України Петро Коваль. "Ми чекаємо на наступний раунд переговорів".',
            ["Петро Коваль"],
        ),
        # a body named in the locative is given in the nominative
        (
            "Засідання тривало до вечора. «Рішення буде ухвалене до кінця тижня», — повідомили у Верховній Раді. "
            "«Ми готуємо нові маршрути для потягів», — повідомили в Генеральному штабі ЗСУ. "
            "«Закупівлі тривають за планом», — повідомили в Міністерстві оборони України.",
            ["Верховна Рада", "Генеральний штаб ЗСУ", "Міністерство оборони України"],
        ),
        (
            "Заседание шло до вечера. «Решение будет принято до конца недели», — сообщили в Государственной думе. "
            "«Закупки идут по плану», — сообщили в Министерстве обороны РФ. "
            "«Мы готовим новые маршруты», — сообщили в Администрации президента.",
            ["Государственная дума", "Министерство обороны РФ", "Администрация президента"],
        ),
        # a sentence that says a body reported it: the quote after it is the body's
        (
            "Поставки выросли вдвое за месяц. Об этом сообщили в Министерстве сельского хозяйства РФ. "
            "«С утра пятницы мы отгрузили больше зерна, чем за всю прошлую неделю», — говорится в сообщении.",
            ["Министерство сельского хозяйства РФ"],
        ),
        # "издание" far from where the article named its source: that outlet still
        (
            "Об этом пишет Nordische Rundschau в большом материале. Авторы изучили опросы за год. "
            "Поддержка переговоров растет в обеих странах. Многие устали от войны. "
            '"Они должны принять реальность, иначе этому не будет конца", — отмечает издание.',
            ["Nordische Rundschau"],
        ),
        # an office of a body in the genitive, with no one named for it: the office speaks
        (
            "О стратегии ведомства глава Секретариата рассказал журналистам: «Мы не собираемся менять маршруты». "
            "Зампред Совета Федерации России на итоги встречи отреагировал заявлением, что «любые договоренности будут обсуждаться долго».",
            ["глава Секретариата", "зампред Совета Федерации России"],
        ),
        # an outlet that cites one of its sources: that one, in the nominative
        (
            'Видання поспілкувалося з кількома чиновниками. "В основі угоди — вкрай сильні гарантії безпеки", '
            "— цитує видання одного зі співрозмовників.",
            ["один зі співрозмовників"],
        ),
        # a document by the people of a body ("в отчете аналитиков Института …"): the body's
        (
            "Об этом говорится в отчете аналитиков Института мировой экономики. "
            "«Передача под контроль новых территорий сыграет в пользу одной стороны», — считают эксперты.",
            ["Институт"],
        ),
        # an outlet's name ends before the sentence's full stop
        (
            "Все больше людей устали от войны, пишет газета Nordische Rundschau. Авторы изучили опросы за год. "
            "Поддержка переговоров растет. Многие устали. "
            '"Они должны принять реальность, иначе этому не будет конца", — отмечает издание.',
            ["Nordische Rundschau"],
        ),
        # a lone word after "в" is where, not a body that speaks
        (
            "Переговоры шли весь день. «Мы обсудили все вопросы и договорились встретиться снова», — заявили в Жешуве.",
            [None],
        ),
        # a group that welcomes or criticises words speaks them
        (
            "Министры собрались в Вене. Так, партнеры Норвегии приветствовали «долгие усилия посредников, направленные на мир».",
            ["партнеры Норвегии"],
        ),
        (
            "Міністри зібралися у Відні. Так, партнери Норвегії розкритикували «план, який не враховує інтересів сторін».",
            ["партнери Норвегії"],
        ),
        # "объявил" is a verb of saying: "он" after it is the one who announced
        (
            "Мэр Иван Петренко объявил об отмене встречи с Олегом Сидоренко. "
            "«Мне показалось, что это неправильно», — объяснил он свое решение журналистам.",
            ["Иван Петренко"],
        ),
        # an outlet after a relaying verb, its name in quotes; the person it refers to speaks
        (
            "Переговори тривали. «Ми готові до діалогу», — пише «Вечірня газета».",
            ["Вечірня газета"],
        ),
        (
            "Речник МЗС Петро Гайдученко поділився деталями. «Саме з точки зору мистецтва дипломатії», — пише "
            "«Вечірня газета» з посиланням на сторінку Петра Гайдученка у Facebook.",
            ["Петро Гайдученко"],
        ),
        (
            "Переговоры шли. «Мы готовы к диалогу», — пишет «Вечерняя газета» со ссылкой на собеседника в Кремле.",
            ["Вечерняя газета"],
        ),
        # an office of a body after the dash: the office, in the nominative, not the body
        (
            "Обмін триває. «Сьогоднішні обміни є змішаними», — пояснив керівник Секретаріату Штабу.",
            ["керівник Секретаріату Штабу"],
        ),
        (
            "Обмен продолжается. «Сегодня обмен смешанный», — пояснил руководитель Секретариата Объединенного штаба.",
            ["руководитель Секретариата Объединенного штаба"],
        ),
        # ... the person just spoken of, when the article introduced them with that office
        (
            "Про це заявив керівник секретаріату Об'єднаного штабу з питань обмінів Петро Гайдученко. "
            "«Ми ведемо роботу у двох напрямах», — розповів Гайдученко. Він нагадав про домовленості. "
            "«Сьогоднішні обміни є змішаними», — пояснив керівник Секретаріату Штабу.",
            ["Гайдученко", "Гайдученко"],
        ),
        (
            "Про це заявив президент Петро Гайдученко. «Ми ведемо роботу у двох напрямах», — розповів Гайдученко. "
            "Він нагадав про домовленості. «Сьогоднішні обміни є змішаними», — пояснив керівник Секретаріату Штабу.",
            ["Гайдученко", "керівник Секретаріату Штабу"],
        ),
        # "— говорится в публикации": an outlet's piece, the outlet the article relays
        (
            "Жители вышли на площадь. Об этом сообщает издание «Вечерний курьер». "
            "«Люди требуют честных переговоров», — говорится в публикации.",
            ["Вечерний курьер"],
        ),
        (
            "Мешканці вийшли на площу. Про це повідомляє видання «Вечірній кур'єр». "
            "«Люди вимагають чесних переговорів», — йдеться в матеріалі.",
            ["Вечірній кур'єр"],
        ),
        # "по словам пресс-секретаря МИД РФ" after her quote: the one the article introduced with that body
        (
            "Об этом заявила представитель российского МИД Мария Орлова. «Мы не будем это обсуждать», — сказала "
            "Орлова. Также по словам пресс-секретаря МИД РФ, гарантии станут «гарантиями опасности» для Европы.",
            ["Орлова", "Орлова"],
        ),
        # ... not one introduced with another office
        (
            "«Ми не погоджуємося», — сказав Зеленський. За словами речника МЗС України, гарантії стануть "
            "«гарантіями небезпеки» для Європи.",
            ["Зеленський", "речник МЗС України"],
        ),
        # ... a channel's name with a number is no place, even when a city opens it
        (
            "Жители вышли на площадь. Об этом сообщает телеканал «Одесса-12». "
            "«Люди требуют честных переговоров», — говорится в публикации.",
            ["Одесса-12"],
        ),
        # "за словами спікера Кремля" after his quote: the body's spokesman he was introduced as, not the body
        (
            "Речник Кремля Олег Соколов виступив на форумі. Також Соколов зазначив, що для розмови лідерів "
            "«поки що немає напрацювань». Але, за словами спікера Кремля, «така розмова може бути організована швидко».",
            ["Соколов", "Соколов"],
        ),
        # an editor's aside in brackets before a quote never speaks it
        (
            "Олег Соколов виступив на форумі. Також Соколов зазначив, що для зустрічі лідерів (про яку говорив "
            "Трамп – ред.) «поки що немає напрацювань».",
            ["Соколов"],
        ),
        # "За його словами, … з міністром … Халідом Аль Саудом. «…», – написав він": his words, not the minister's
        (
            "Олег Соколов прибув до Ер-Ріяда. Про це Соколов повідомив у середу. За його словами, відбулися "
            "переговори з міністром оборони Халідом бін Салманом Аль Саудом. «Шляхи досягнення миру – головні теми "
            "нашої розмови», – написав він.",
            ["Соколов"],
        ),
        # "За словами останнього" (the latter): the one just named, not whom the quote's sentence names
        (
            "Із заявою виступив речник уряду Олег Соколов. За словами останнього, команда міністра "
            "Петра Іваненка знає про «можливі зміни до тексту».",
            ["Олег Соколов"],
        ),
        (
            "С заявлением выступил представитель правительства Олег Соколов. По словам последнего, команда "
            "министра Петра Иваненко знает о «возможных изменениях в тексте».",
            ["Олег Соколов"],
        ),
        # a perfective citing verb: "— процитировало Пескова РИА «Новости»": whom the outlet cites
        (
            "Соколов выступил в Москве.\n\n«Нам важно понять итоги этой работы», — процитировало Соколова агентство "
            "«Новости».",
            ["Соколов"],
        ),
        (
            "Соколов виступив у Києві.\n\n«Нам важливо зрозуміти підсумки цієї роботи», — процитувало Соколова "
            "агентство «Новини».",
            ["Соколов"],
        ),
        # a name that completes a phrase a preposition opens is no subject; the opening name is
        (
            "Олена Коваль під час виступу з трибуни Ради перед голосуванням запевнила, що закон «захищає "
            "інтереси громад».",
            ["Олена Коваль"],
        ),
        ("Олег Соколов в інтерв’ю агентству Reuters наголосив, що уряд «не змінить свою позицію».", ["Олег Соколов"]),
        ("Олег Соколов в эфире радио Sputnik заявил, что правительство «не изменит свою позицию».", ["Олег Соколов"]),
        # a profession, then an office in apposition: the name after the last is the speaker's
        (
            "Рынок вырос.\n\n«Рынки часто ошибаются. Но чаще они правы», — отмечает экономист, доцент "
            "университета Иван Петров.",
            ["Иван Петров"],
        ),
        (
            "Ринок зріс.\n\n«Ринки часто помиляються. Але частіше вони мають рацію», — зазначає економіст, "
            "доцент університету Іван Петренко.",
            ["Іван Петренко"],
        ),
        # ... but a given name and a surname after the phrase are the subject it describes
        (
            "Представитель правительства по связям с деловыми кругами Олег Соколов заявил, что закон «будет "
            "принят до конца года».",
            ["Олег Соколов"],
        ),
        # sentences since the last quote that name no one: its speaker goes on, to words cut off
        # at the end of the page too
        (
            "«Ми готові говорити про все, крім наших земель», — сказав Олег Соколов.\n\nВін додав, що "
            "уряд підготував нові пропозиції. Зокрема йдеться про обмін полоненими.\n\n«Це важливі кроки, і",
            ["Олег Соколов", "Олег Соколов"],
        ),
        (
            "«Мы готовы говорить обо всём, кроме наших земель», — сказал Олег Соколов.\n\nОн добавил, что "
            "правительство подготовило новые предложения. В частности, речь идёт об обмене пленными.\n\n"
            "«Это важные шаги, и мы их сделаем».",
            ["Олег Соколов", "Олег Соколов"],
        ),
        # a noun a preposition governs is no unnamed source: the subject before it speaks
        (
            "Олег Соколов зустрівся з колегами.\n\nВін щодня контактує з представниками уряду і вважає, що "
            "угода «вже дуже близька до підписання».",
            ["Олег Соколов"],
        ),
        (
            "Олег Соколов встретился с коллегами.\n\nОн ежедневно контактирует с представителями правительства "
            "и считает, что соглашение «уже очень близко к подписанию».",
            ["Олег Соколов"],
        ),
        # a possessive that opens a sentence is no name: the office goes on to its holder
        (
            "Прем'єр Олег Соколов розповів про свої сумніви щодо плану. Їхні слова та заяви інших лідерів "
            "передає агентство Reuters.\n\nГлава уряду заявив, що він «не погодиться на такі умови договору».",
            ["Олег Соколов"],
        ),
        # a name in the instrumental is with whom, never who speaks; a document's owner may
        # follow where it was published
        (
            "Министр Иван Петров провел переговоры.\n\nРанее в министерстве подтвердили встречи Петрова с "
            "секретарем совета Олегом Соколовым.\n\n«Только что провели долгий и содержательный разговор о "
            "мире», — говорится в сообщении.",
            ["Иван Петров"],
        ),
        (
            "Ранее в министерстве подтвердили встречи министра с секретарем совета Олегом Соколовым.\n\n«Только "
            "что провели долгий и содержательный разговор о мире», — говорится в сообщении, опубликованном в "
            "Telegram-канале Зеленского.",
            ["Зеленский"],
        ),
        # a description that names a side ("господар Білого дому") stands for the one person the
        # article names there ("Дональд Трамп", "Трамп"); a name in the instrumental after it,
        # a surname that never changes too, is with whom
        (
            "Президент США Дональд Трамп скасував зустріч із російським президентом. Причина - відсутність у "
            "Москви прагнення миру.\n\n«Ми скасували зустріч, бо це було б неправильно», - сказав господар "
            "Білого дому під час спільної пресконференції з генеральним секретарем НАТО Марком Рютте у Білому "
            "домі. Водночас Трамп припустив, що зустріч відбудеться згодом.",
            ["Дональд Трамп"],
        ),
        (
            "Президент США Дональд Трамп отменил встречу с российским президентом. Причина - отсутствие у "
            "Москвы стремления к миру.\n\n«Мы отменили встречу, потому что это было бы неправильно», — сказал "
            "хозяин Белого дома во время совместной пресс-конференции с генеральным секретарем НАТО Марком "
            "Рютте в Белом доме. При этом Трамп допустил, что встреча состоится позже.",
            ["Дональд Трамп"],
        ),
        (
            "Раніше в міністерстві підтвердили зустрічі міністра з верховною представницею ЄС Каєю Каллас.\n\n"
            "«Щойно провели довгу і змістовну розмову про мир», — йдеться в повідомленні.",
            [None],
        ),
        # "як сказав" and an office its owner places: the one the article introduced with it
        (
            "Президент США Дональд Трамп прилетів на Аляску.\n\nЯк сказав президент США, «саміт може створити "
            "хороші передумови для другої зустрічі».",
            ["Дональд Трамп"],
        ),
        (
            "Президент США Дональд Трамп прилетел на Аляску.\n\nКак сказал президент США, «саммит может создать "
            "хорошие предпосылки для второй встречи».",
            ["Дональд Трамп"],
        ),
        # a quote after a sentence whose speaker is an office alone: the one introduced with it,
        # whichever apostrophe the site types; the office is no part of the name
        (
            "Прем'єрка Олена Коваль зустрілася з інвесторами.\n\nОкремо зупинилися на спільному треку зі США, "
            "вказала премʼєрка. «Наступного тижня плануємо перше засідання ради».",
            ["Олена Коваль"],
        ),
        (
            "Премьер-министр Елена Коваль встретилась с инвесторами.\n\nОтдельно остановились на общем треке с "
            "США, отметила премьер-министр. «На следующей неделе планируем первое заседание совета».",
            ["Елена Коваль"],
        ),
        (
            "Прем'єрка Олена Коваль зустрілася з інвесторами.\n\n«Наступного тижня плануємо перше засідання "
            "ради», — сказала премʼєрка.",
            ["Олена Коваль"],
        ),
        # a given name a site leaves in another case is named in the nominative
        (
            "У Києві прем’єр-міністр Юлії Свириденко провела нараду з урядом.\n\n«Ми ухвалили три важливі рішення», - "
            "зазначила Свириденко.",
            ["Юлія Свириденко"],
        ),
        # the one an interview was given to is no speaker, whatever case the speaker's name is in
        (
            "Війна триває.\n\n«Якщо дивитися з перспективи миру, то ми щодня стаємо ближче до нього».\n\n"
            "Про це заявив президент Фінляндії Александра Стубба в інтерв’ю Наталії Мосейчук.",
            ["Александр Стубб"],
        ),
        (
            "Война продолжается.\n\n«Если смотреть с точки зрения мира, то мы каждый день становимся ближе к "
            "нему».\n\nОб этом заявил президент Финляндии Александра Стубба в интервью Наталье Мосейчук.",
            ["Александр Стубб"],
        ),
        # a noun and its complement stand for the one person named beside that complement before
        (
            "Утримувати таку армію буде складно, заявив в ефірі Ранок.LIVE політичний оглядач Петро Мельник. "
            "За його словами, армія зросла.\n\n«Нам потрібні гроші для забезпечення армії», — зазначив гість "
            "ефіру.",
            ["Петро Мельник"],
        ),
        (
            "Об этом рассказал сотрудник ИСКРАН Павел Коваль. Он напомнил о прошлом.\n\n«Кроме того, в годы "
            "войны страны были союзниками», — добавил сотрудник ИСКРАН.",
            ["Павел Коваль"],
        ),
        # a country is never the speaker, whatever adjective its name opens with
        (
            "Премьер Иван Петров отменил визит в Катар.\n\nГлава правительства прокомментировал переговоры "
            "между делегациями США и РФ в Саудовской Аравии и напомнил, что без Киева решений не будет.\n\n"
            "«Нас не приглашали на эту встречу, и для нас это было сюрпризом».",
            ["Иван Петров"],
        ),
        (
            "Прем'єр Іван Петренко скасував візит до Катару.\n\nГлава уряду прокоментував переговори між "
            "делегаціями США і РФ у Саудівській Аравії та нагадав, що без Києва рішень не буде.\n\n"
            "«Нас не запрошували на цю зустріч, і для нас це було сюрпризом».",
            ["Іван Петренко"],
        ),
        # an office and where it is, as the subject of the sentence before a quote, is its holder
        (
            "Президент Украины Петр Гончар отменил свой визит.\n\nГлава украинского государства "
            "прокомментировал переговоры и напомнил, что решения без Украины невозможны.\n\n«Мы получили "
            "эту информацию из медиа и узнали обо всем последними».",
            ["Петр Гончар"],
        ),
        # "собеседник агентства": the one the sentence before says spoke to that outlet
        (
            "Размещение военных недопустимо, рассказал агентству Вести замглавы МИД Иван Петров.\n\n«Мы "
            "заявляли о том, что это неприемлемо, и от позиции не отходили», — пояснил собеседник агентства.",
            ["Иван Петров"],
        ),
        (
            "Расширение делегации — хороший знак. На это обратил внимание в беседе с «Вестями» депутат Иван "
            "Петров.\n\nАвтор Анна Сидорова\n\n«Это, очевидно, хороший знак для переговоров», — уточнил "
            "собеседник «Вестей».",
            ["Иван Петров"],
        ),
        # whom an interview was given to, described by one noun, is not who speaks
        (
            "Президент Іван Петренко озвучив нові вимоги.\n\nПро свої вимоги політик заявив в інтерв’ю "
            "ведучій Ользі Гнатюк. За його словами, країна готова до «розумних компромісів» з сусідами.",
            ["Іван Петренко"],
        ),
        # an outlet that relays the sentence before it leaves the words to that sentence's subject
        (
            "Лідери обмінялися пропозиціями.\n\nКремль зберігає «обережний оптимізм» щодо угоди. Про це пише Reuters.",
            ["Кремль"],
        ),
        # an office named as whose words ("За словами речника Кремля Дмитра Пєскова"), then that
        # office as a subject: its holder, not whoever was quoted last
        (
            "За словами речника Кремля Петра Гончаренка, дані допоможуть сторонам.\n\nГончаренко також "
            "прокоментував слова радника Івана Коваля, який заявив, що є «деякий оптимізм». Речник Кремля "
            "погодився з цим і зазначив, що «ще багато чого потрібно зробити, але рух є».",
            ["Іван Коваль", "Петро Гончаренко"],
        ),
        # a pronoun that opens the clause is the subject of a verb of speech coordinated after
        # another verb ("он не стал раскрывать … и отметил, что «…»")
        (
            "«Встреча возможна при договоренностях», - сказал Иван Петров.\n\nПресс-секретарь подтвердил, "
            "что список готов. При этом он не стал раскрывать подробности и отметил, что «переговоры "
            "должны идти в закрытом режиме».",
            ["Иван Петров", "Иван Петров"],
        ),
        (
            "«Зустріч можлива за домовленостей», - сказав Іван Петренко.\n\nРечник підтвердив, що список "
            "готовий. При цьому він не став розкривати подробиці й зазначив, що «переговори мають іти в "
            "закритому режимі».",
            ["Іван Петренко", "Іван Петренко"],
        ),
        # a pronoun as the object of a citing verb is whose words they are, not the outlet's
        (
            "Президент Иван Петров полагает, что договор согласуют.\n\n«Мы поддерживаем усилия по мирному "
            "договору», - приводит его слова агентство Вести.\n\n«Ключевые моменты уже согласованы», - "
            "цитирует его агентство Вести.",
            ["Иван Петров", "Иван Петров"],
        ),
        (
            "Президентка Ганна Мельник вважає, що договір погодять.\n\n«Ми підтримуємо зусилля щодо мирного "
            "договору», - цитує її агентство Вісті.",
            ["Ганна Мельник"],
        ),
        # "по заявлению", "за заявою": the statement's owner, as "по словам" gives the speaker
        (
            "Лидеры говорили два часа. По заявлению Белого дома, лидеры согласились, что нужен «прочный мир».",
            ["Белый дом"],
        ),
        (
            "Лідери говорили дві години. За заявою Білого дому, лідери погодилися, що потрібен «тривкий мир».",
            ["Білий дім"],
        ),
        # "Такое мнение выразил X", "Таку думку висловив X" after a quote: X's words
        (
            "Раунд завершился вчера. Судя по итогам, он прошел «успешно, но предсказуемо». Такое мнение в "
            "беседе с журналистами выразил посол Иван Петров.",
            ["Иван Петров"],
        ),
        (
            "Раунд завершився вчора. Судячи з підсумків, він пройшов «успішно, але передбачувано». Таку думку "
            "в розмові з журналістами висловив посол Іван Петренко.",
            ["Іван Петренко"],
        ),
        # a site's label before a quotation ("Пряма мова:") is no speaker; the sentence before is
        (
            "Переговори тривали п'ять годин.\n\nДеталі: Петро Гнатюк додав, що сторони обмінялися "
            "документами.\n\nПряма мова: «Ми передали наш документ голові російської делегації, і вони його "
            "отримали».",
            ["Петро Гнатюк"],
        ),
        # an office before the verb after what opens the sentence, then a quote on its own: its holder
        (
            "Представитель Кремля Дмитрий Песков ответил на призыв турецкого лидера Реджепа Эрдогана.\n\n«Двери "
            "открыты», — подчеркнул Песков.\n\nНа пресс-конференции в Анкаре президент Турции заявил о готовности "
            "помочь.\n\n«Мы намерены содействовать установлению прочного мира».",
            ["Песков", "Эрдоган"],
        ),
        # "за даними видання", "по данным издания": the outlet the article just named
        (
            "Посадовців непокоїть новий план.\n\nПро це повідомляє Harbour Times.\n\nЗа даними видання, "
            "обговорення перебувають на «дуже делікатному етапі».",
            ["Harbour Times"],
        ),
        (
            "Чиновников беспокоит новый план.\n\nОб этом сообщает Harbour Times.\n\nПо данным издания, "
            "обсуждения находятся на «очень деликатном этапе».",
            ["Harbour Times"],
        ),
    ],
)
def test_attribution_shapes_in_ukrainian_and_russian(run, tmp_path, text, expected):
    assert [q["speaker"] for q in brief_of_text(run, tmp_path, text)["quotes"]] == expected


UK_BODY = "\n\nПосланець говорив про майбутні гарантії безпеки для країни."
RU_BODY = "\n\nПосланник говорил о будущих гарантиях безопасности для страны."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Коли війна завершиться, то завершиться назавжди»: Петренко розповів про гарантії" + UK_BODY, "Петренко"),
        # the statement it made, after the name, as its verb of speech would be
        ("«Коли війна завершиться, то завершиться назавжди»: Петренко зробив несподівану заяву" + UK_BODY, "Петренко"),
        ("«Когда война закончится, то закончится навсегда»: Петров сделал неожиданное заявление" + RU_BODY, "Петров"),
    ],
)
def test_a_headline_quote_is_the_persons_the_headline_names_after_it(run, tmp_path, text, speaker):
    assert [q["speaker"] for q in brief_of_text(run, tmp_path, text)["title_quotes"]] == [speaker]


def test_pdf_of_a_brief_in_the_articles_language_has_no_english_furniture(run, tmp_path):
    pdf = tmp_path / "uk.pdf"
    assert run("brief", UK, "--labels", "article", "-o", pdf).exit_code == 0
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "Сторінка 1" in text and "також " in text
    assert "Page 1" not in text and "also " not in text


@pytest.mark.parametrize(
    "text",
    [
        "Сторони обговорили так званий «мирний план» щодо війни. Київ вивчає документ уважно.",
        "Стороны обсудили так называемый «мирный план» по войне. Киев изучает документ внимательно.",
    ],
)
def test_a_short_lower_case_term_in_quotes_that_nobody_speaks_is_no_quote(run, tmp_path, text):
    assert brief_of_text(run, tmp_path, text)["quotes"] == []


@pytest.mark.parametrize(
    ("language", "texts", "speaker"),
    [
        (
            "ukrainian",
            [
                "Про це сказав міністр оборони Петро Гнатюк на брифінгу.",
                "Україна передала свій документ кілька днів тому.",
                "Жодної відповіді поки не надійшло.",
                "«Вони сказали, що їм потрібен щонайменше тиждень», – додав міністр.",
            ],
            "Петро Гнатюк",
        ),
        (
            "ukrainian",
            [
                "Президент України Остап Вербицький розповів про зустріч делегацій.",
                "Україна на цю пропозицію погодилася.",
                "«Ми готові до тиші на тридцять днів», – підкреслив президент.",
            ],
            "Остап Вербицький",
        ),
        (
            "russian",
            [
                "Об этом заявил министр обороны Пётр Гнатюк на брифинге.",
                "Ответа пока не поступило.",
                "«Нам нужна неделя, чтобы всё обдумать», — добавил министр.",
            ],
            "Пётр Гнатюк",
        ),
    ],
)
def test_an_office_alone_is_the_person_the_article_introduced_with_it(language, texts, speaker):
    from summit_cli.model import Sentence
    from summit_cli.quotes import find

    sentences = [Sentence(i, t, i) for i, t in enumerate(texts)]
    assert [f.speaker for f in find(sentences, language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "texts", "expected"),
    [
        (
            # A sentence that opens on a conjunction and its verb goes on with the speaker before.
            "russian",
            [
                "«Многие хоть на что-то надеются», — рассказала нам блогерша Ольга Петрова.",
                "И продолжила: «Вчера более тысячи человек вышли на протесты в городе»",
            ],
            ["Ольга Петрова", "Ольга Петрова"],
        ),
        (
            # A verb coordinated after an adverb keeps the sentence's subject; short words
            # quoted so are that speaker's.
            "ukrainian",
            [
                "Остап Петренко повторив свою мантру про так звані «першопричини конфлікту» і вкотре назвав сусідній"
                " народ «братнім», а війну — «трагедією»."
            ],
            ["Остап Петренко", "Остап Петренко"],
        ),
        (
            # "С соответствующим заявлением выступил X": the sentence after names the speaker.
            "russian",
            [
                "Эти встречи были «продуктивными и конструктивными».",
                "С соответствующим заявлением выступил спецпосланник Игорь Семёнов.",
                "Семёнов утверждает, что стороны «по-прежнему привержены достижению мира».",
            ],
            ["Игорь Семёнов", "Семёнов"],
        ),
        (
            # An office that speaks before a quote left unclosed is the person it stands for.
            "ukrainian",
            [
                "«Ми не бачимо компромісу», – сказав Ушаков.",
                "Помічник Путіна стверджує, що поки немає компромісного варіанта.",
                "«Деякі пропозиції нам не підходять – додав він.",
            ],
            ["Ушаков", "Ушаков"],
        ),
        (
            # A quote standing alone after a sentence whose "він" speaks is whom "він" stands for.
            "ukrainian",
            [
                "Політолог Остап Вербицький описує результат зустрічі формулою «домовились домовлятися».",
                "І цю зустріч він називає змаганням за симпатії Білого дому.",
                "«Ми побачили фактично новий формат переговорів, де важить не посада»",
            ],
            ["Остап Вербицький", "Остап Вербицький"],
        ),
        (
            # A relative clause between the subject and its verb; a participle after an adverb
            # speaks for the sentence's subject, not for the speaker of the quote before.
            "russian",
            [
                "Трамп признал, что «соглашения нет, пока не будет соглашения».",
                "Игорь Семёнов, который снимал на видео флаги, установленные в центре города, сказал, что"
                " уступки «не остановят аппетит оккупанта».",
                "Путин, со своей стороны, не показал желания изменить курс, снова заговорив о «фундаментальных"
                " угрозах безопасности».",
            ],
            ["Трамп", "Игорь Семёнов", "Путин"],
        ),
        (
            # A body where it sits ("В Белом доме") is no subject; a name after a place is.
            "ukrainian",
            ["У Стамбулі Остап Вербицький заявив: «Ми готові до нового раунду переговорів»."],
            ["Остап Вербицький"],
        ),
        (
            # An inverted subject after "Об этом заявил" beats an attribute before the verb; a
            # name after a bracketed aside and another's name in the genitive is the speaker's.
            "russian",
            [
                "Об этом в эфире Второго канала заявил помощник президента России Юрий Ушаков.",
                "«Контакты продолжатся на следующей неделе», — сказал он.",
                "Об этом сообщила советник министра обороны (Минобороны) Украины Рустема Умерова Ольга Гринько.",
                "«Делегации завершили работу», — написала она.",
            ],
            ["Юрий Ушаков", "Ольга Гринько"],
        ),
        (
            # An office alone before its verb ("президент США заявил") is the person spoken of;
            # "він" after a sentence that names no one is the speaker of the quote just before.
            "russian",
            [
                "«Мы готовы продолжать», — заявил Марк Ройзен.",
                "Кроме того, президент Финляндии заявил, что «ответ будет к вечеру».",
            ],
            ["Марк Ройзен", "Марк Ройзен"],
        ),
        (
            # (The quote before is attributed by "він" too, so no sentence in reach names him.)
            "ukrainian",
            [
                "Ігор Мельник виступив на форумі.",
                "«Ми будемо переконувати партнерів», — сказав він.",
                "Міністр додав, що країна готується до зими.",
                "Він наголосив, що продовжить «боротися за кожен пункт».",
            ],
            ["Ігор Мельник", "Ігор Мельник"],
        ),
        (
            # A letter ("у соцмережі Х") is no name; "Мер" is an office that stands for the
            # person named before.
            "ukrainian",
            [
                "Про це повідомив у соцмережі Х голова делегації Тарас Волошин.",
                "«Ми прибули на переговори», — написав він.",
                "«Ми підтримуємо кожен крок», — сказав Остап Гуменюк.",
                "Мер наголосив, що світ вже бачив «тимчасову тишу».",
            ],
            ["Тарас Волошин", "Остап Гуменюк", "Остап Гуменюк"],
        ),
        (
            # A place is no speaker: the verb before it reports the words.
            "russian",
            ["Ранее Лебедев заявлял, что Москва не считает нужным «обсуждать детали через прессу»."],
            ["Лебедев"],
        ),
        (
            # "радник Путіна" is the adviser named before, not Putin.
            "ukrainian",
            [
                "Про це розповів радник Кремля Юрій Ушаков.",
                "Також радник Путіна, відповідаючи на питання журналістів, заявив, що зустріч була «корисною».",
            ],
            ["Юрій Ушаков"],
        ),
        (
            # Unnamed sources in the genitive plural, in the nominative.
            "russian",
            ["По словам представителей США и Украины, стороны сформировали «обновлённые рамки соглашения»."],
            ["представители США и Украины"],
        ),
        (
            # A ministry the sentence before names is the statement's owner, in any case.
            "russian",
            [
                "Об этом сообщило Минобороны страны.",
                "«Готовы передать ещё 2239 тел погибших военнослужащих», — сказано в заявлении.",
            ],
            ["Минобороны"],
        ),
        (
            "ukrainian",
            [
                "Про це повідомило Міноборони.",
                "«Ми готові передати тіла загиблих військових», — йдеться в заяві.",
            ],
            ["Міноборони"],
        ),
        (
            "russian",
            ["Как сообщили в пресс-службе Госдепа, «переговоры были продуктивными»."],
            ["Госдеп"],
        ),
    ],
)
def test_speakers_that_go_on_from_the_sentence_before(language, texts, expected):
    from summit_cli.model import Sentence
    from summit_cli.quotes import find

    sentences = [Sentence(i, t, i) for i, t in enumerate(texts)]
    assert [f.speaker for f in find(sentences, language)] == expected
