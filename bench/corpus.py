"""A synthetic corpus of press clippings for benchmarks: deterministic, realistic in shape.

Russian with ~10% Kazakh, 2–6 KB, regions weighted roughly by population (a tenth
nationwide), officials from the directory and invented ones, two dozen outlets, dates over ten
years (5% undated). `articles(n)` yields dicts; `as_file(article)` prints one as monitoring
delivers it (a date header, the headline, the body with an attribution).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "resources"

REGION_WEIGHTS = {
    "Алматы": 14, "Астана": 11, "Шымкент": 9, "Карагандинская область": 7,
    "Туркестанская область": 7, "Алматинская область": 6, "Восточно-Казахстанская область": 5,
    "Жамбылская область": 5, "Павлодарская область": 4, "Актюбинская область": 4,
    "Костанайская область": 4, "Атырауская область": 3, "Мангистауская область": 3,
    "Западно-Казахстанская область": 3, "Кызылординская область": 3, "Акмолинская область": 3,
    "Абайская область": 3, "Жетысуская область": 3, "Северо-Казахстанская область": 2,
    "Улытауская область": 1,
}
OUTLETS = ["Kazinform", "Tengrinews.kz", "Zakon.kz", "Orda.kz", "Informburo.kz", "DKNews.kz",
           "Хабар 24", "КазТАГ", "Казахстанская правда", "Вечерний Алматы", "Караван",
           "Индустриальная Караганда", "Звезда Прииртышья", "Костанайские новости",
           "Жамбыл-Инфо", "Ақ Жол Ньюс", "Сыр-Медиа", "Вести Семея", "Уральская неделя",
           "Алау", "Оңтүстік Қазақстан", "Егемен Қазақстан", "Литер", "Time.kz"]
FIRST = "Ерлан Нурлан Асхат Марат Данияр Айдос Серик Бауыржан Руслан Тимур Канат Азамат Дмитрий " \
        "Сергей Андрей Игорь Олжас Ержан Арман Бекзат".split()
LAST = "Ахметов Сеитов Жумабаев Касымов Нуртазин Абдрахманов Омаров Сулейменов Исаев Бекенов " \
       "Ковалёв Смирнов Жаксылыков Оспанов Мусин Каримов Тулегенов Ибраев Садыков Алиев".split()
ROLES = ["начальник департамента полиции {g}", "заместитель акима {g}",
         "начальник управления административной полиции {g}", "прокурор {g}",
         "начальник департамента по чрезвычайным ситуациям {g}"]
TOPICS = {
    "мошенничество": (["В {place} задержали телефонных мошенников",
                       "Интернет-мошенники похитили у жителей {place} более {n} миллионов тенге",
                       "Полиция предупреждает о новой схеме мошенничества"],
                      ["Злоумышленники представлялись сотрудниками банка и выманивали коды из SMS.",
                       "Пострадавшими чаще всего становятся пенсионеры и студенты.",
                       "Полицейские напоминают: сотрудники банков никогда не просят назвать код.",
                       "Возбуждено уголовное дело по статье «Мошенничество».",
                       "С начала года зарегистрировано {n} фактов интернет-мошенничества."]),
    "дтп": (["Крупное ДТП произошло на трассе у {place}", "Авария на перекрестке: пострадали {n} человек",
             "В {place} усилили контроль за скоростью"],
            ["Водитель не справился с управлением и выехал на встречную полосу.",
             "Пострадавших доставили в больницу, их состояние оценивается как среднее.",
             "Камеры зафиксировали превышение скорости на {n} километров в час.",
             "Сотрудники дорожной полиции провели рейд по соблюдению правил дорожного движения.",
             "Авария произошла в темное время суток на скользкой дороге."]),
    "наркотики": (["В {place} ликвидировали нарколабораторию", "Изъято {n} килограммов наркотиков",
                   "Полиция пресекла канал сбыта синтетических наркотиков"],
                  ["При обыске изъяли оборудование и химические реактивы.",
                   "Задержанные водворены в изолятор временного содержания.",
                   "Сбыт наркотиков велся через мессенджеры и тайники-закладки.",
                   "Подозреваемым грозит до двадцати лет лишения свободы."]),
    "кражи": (["Серия квартирных краж раскрыта в {place}", "Похитителей скота задержали по горячим следам",
               "Число краж снизилось на {n} процентов"],
              ["Похищенное имущество возвращено владельцам.",
               "Преступники проникали в квартиры, пока хозяева были на работе.",
               "Раскрываемость краж выросла благодаря камерам видеонаблюдения.",
               "Участковые инспекторы провели подворовые обходы в частном секторе."]),
    "преступность": (["Преступность в {place} снизилась на {n} процентов",
                      "Подведены итоги работы полиции за год", "Закон и Порядок: итоги года в {place}"],
                     ["Количество тяжких и особо тяжких преступлений сократилось.",
                      "Ключевая задача, поставленная Главой государства, — обеспечение Закона и Порядка.",
                      "Особое внимание уделяется профилактике правонарушений среди молодежи.",
                      "Улучшена раскрываемость убийств, разбоев и грабежей."]),
}
KAZAKH = (["{place} полициясы алаяқтарды ұстады", "Жол-көлік оқиғасы: {n} адам зардап шекті",
           "Полиция қызметкерлері рейд өткізді"],
          ["Полиция қызметкерлері тұрғындарды сақ болуға шақырады.",
           "Алаяқтар банк қызметкері болып таныстырып, SMS-кодтарды сұраған.",
           "Қылмыстық іс қозғалды, тергеу жүріп жатыр.",
           "Жол полициясы жылдамдықты бақылауды күшейтті.",
           "Облыс әкімдігі мен полиция департаменті бірлескен жұмыс жүргізуде."])
FILLER = ["Работа в этом направлении будет продолжена.",
          "Жители могут сообщить о правонарушениях по номеру 102.",
          "По данным ведомства, ситуация находится на контроле.",
          "Подробности сообщат позже.",
          "Об этом на брифинге рассказали представители ведомства."]


def _places() -> dict[str, list[str]]:
    rows = [line for line in (RESOURCES / "gazetteer" / "places.tsv").read_text(
        encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    places: dict[str, list[str]] = {}
    for row in csv.DictReader(rows, delimiter="\t"):
        if row["kind"] in ("city", "town"):
            places.setdefault(row["region"], []).append(row["place"])
    return places


def _directory() -> list[tuple[str, str]]:
    path = RESOURCES / "directories" / "officials.tsv"
    rows = [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [(row["name"], row["role"]) for row in csv.DictReader(rows, delimiter="\t")]


def _sentence_pool() -> list[str]:
    """Sentences of our own demo articles: the corpus gets a real newsroom vocabulary."""
    import re

    from clipper.ingest import extract_article

    pool = []
    for path in sorted((REPO / "archive" / "articles").rglob("*")):
        if path.is_file():
            text = extract_article(path.read_bytes(), path.name).text
            pool += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 40 < len(s) < 300]
    return pool


def _genitive(region: str) -> str:
    if region.endswith("ая область"):
        return region[:-len("ая область")] + "ой области"
    return region


def articles(count: int, seed: int = 7):
    rng = random.Random(seed)
    pool = _sentence_pool()
    places = _places()
    known = _directory()
    regions, weights = zip(*REGION_WEIGHTS.items())
    start = dt.date(2016, 1, 1).toordinal()
    span = dt.date(2025, 12, 31).toordinal() - start
    for i in range(count):
        kazakh = rng.random() < 0.1
        nationwide = rng.random() < 0.1
        region = None if nationwide else rng.choices(regions, weights)[0]
        place = rng.choice(places.get(region, [region])) if region else "Казахстане"
        topic = rng.choice(list(TOPICS))
        titles, sentences = KAZAKH if kazakh else TOPICS[topic]
        n = rng.randint(2, 90)
        title = rng.choice(titles).format(place=place, n=n)
        officials = []
        for _ in range(rng.choice((0, 1, 1, 2))):
            if rng.random() < 0.3 and known:
                name, role = rng.choice(known)
            else:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                role = rng.choice(ROLES).format(g=_genitive(region) if region else "МВД")
            officials.append((name, role))
        outlet = rng.choice(OUTLETS)
        target = rng.randint(1000, 3000)  # characters: 2–6 KB in UTF-8
        body: list[str] = []
        lead = f"{title}, передает {outlet}." if not kazakh else f"{title}, деп хабарлайды {outlet}."
        body.append(lead)
        for name, role in officials:
            body.append(f"— Мы продолжим эту работу, — сказал {role} {name}.")
        while sum(len(s) + 1 for s in body) < target:
            if rng.random() < 0.6:
                sentence = rng.choice(pool)
            else:
                sentence = rng.choice(sentences + ([] if kazakh else FILLER)).format(place=place,
                                                                                      n=n)
            if rng.random() < 0.15:
                body.append("")
            body.append(sentence)
        date = None if rng.random() < 0.05 else dt.date.fromordinal(start + rng.randint(0, span))
        yield {
            "id": f"bench{i:07d}", "title": title, "text": "\n".join(body), "date": date,
            "source": outlet, "lang": "kk" if kazakh else "ru",
            "regions": [region] if region else [], "officials": [o[0] for o in officials],
            "roles": {o[0]: o[1] for o in officials},
        }


def as_file(article: dict) -> str:
    header = f" date {article['date'].isoformat()} РУ\n" if article["date"] else ""
    return f"{header}    {article['title']}\n\n{article['text']}\n"
