"""Word lists the extractors share, loaded once from `resources/text/`."""

from __future__ import annotations

import re
from functools import lru_cache

from clipper.paths import resources_dir

# "Новости Павлодара и области", "Жаңалықтар", "Главные новости": a site's section or tagline,
# neither the site's name nor the article's headline
SECTION = re.compile(r"^(?:главные\s+)?(?:новости|жаңалықтар\w*|хроника|news)(?=\s|$)",
                     re.IGNORECASE)
# A paper's masthead tagline: "Общественно-политическая газета Карагандинской области",
# "Облыстық қоғамдық-саяси газеті", "Издается с 1918 года", "1932 жылдан бастап шығады"
# (the paper's kind, then "газета" and at most its region: a headline goes on to say something)
TAGLINE = re.compile(r"(?:^|\s)(?:общественно-политическая|областная|республиканская|городская|"
                     r"районная|еженедельная|ежедневная|қоғамдық-саяси|облыстық|республикалық|"
                     r"қалалық|аудандық|апталық)\s(?:\S+\s){0,2}(?:газета|газеті|газет)"
                     r"(?:\s+\S+){0,2}$"
                     r"|(?P<since>^(?:издается|выходит)\s+с\s+\d{4}(?:\s+года?)?$"
                     r"|^\d{4}\s+жылдан\s+(?:бастап\s+)?шығады$)", re.IGNORECASE)
# A clipping card's fields over the clipping: "Рубрика: Криминал", "Тональность: нейтральная"
FIELD_LABEL = re.compile(r"^(?:источник|рубрика|раздел|тональность|жанр|сми|тема|регион|"
                         r"дереккөз|айдар|тақырып|басылым)\s*:", re.IGNORECASE)
# "ДП Костанайской области информирует": a release's head naming the body that issues it
ANNOUNCES = re.compile(r"^(?P<body>.{2,80}?)\s+(?:информирует|сообщает|хабарлайды)$",
                       re.IGNORECASE)


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Every printed form of a month name (lower case, ё as е) → its number."""
    months: dict[str, int] = {}
    path = resources_dir() / "text" / "months.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        number, forms = line.split("\t")
        for form in forms.split("|"):
            months[form.strip()] = int(number)
    return months


@lru_cache(maxsize=1)
def rubric_stems() -> tuple[str, ...]:
    """Stems of the words a rubric opens with ("закон", "криминал", "қоғам")."""
    path = resources_dir() / "text" / "rubrics.tsv"
    return tuple(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))
