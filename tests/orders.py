"""The 76 States parties of the example's attendance paragraph (22) in each language's list order.

Written out here, not computed by sessional: en follows the printed order of the 2017 seed report
(sources/cases/untoc-wg-2017.seed-facts.json, paragraph 22 of the seed), which ar and zh share
(DESIGN section 4: ar lists in running text keep English order, as the printed UN lists in
sources/data/un_list_order_samples.csv show); fr, es and ru re-sort in their own alphabet, checked
by hand letter by letter (accents folded in fr: Égypte < Émirats < Équateur < Espagne; Spanish "ch"
is not a letter of its own: Chequia < Chile; Russian й after и, ь after и: Мали < Мальта).
The French names as the French report prints them, with typographic apostrophes (d’Ivoire); the
en, es and ru names as the reference data writes them (d'Ivoire), which their reports print with
the typographic apostrophe too.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict

from .conftest import source_file

WRITTEN = {
    "en": """
    Afghanistan, Algeria, Angola, Argentina, Austria, Bolivia (Plurinational State of),
    Brazil, Bulgaria, Canada, Chile, China, Colombia, Côte d'Ivoire, Cyprus, Czechia,
    Dominican Republic, Ecuador, Egypt, Estonia, Finland, France, Germany, Holy See, Iraq,
    Israel, Italy, Jamaica, Japan, Jordan, Kenya, Kuwait, Lebanon, Luxembourg, Malaysia,
    Mali, Malta, Mauritius, Mexico, Morocco, Myanmar, Nepal, Nigeria, Norway, Oman,
    Pakistan, Panama, Philippines, Poland, Qatar, Republic of Korea, Romania, Russian
    Federation, Rwanda, Serbia, Singapore, Slovakia, Slovenia, South Africa, Spain, Sri
    Lanka, State of Palestine, Sudan, Swaziland, Sweden, Switzerland, Thailand, Tunisia,
    Turkey, Ukraine, United Arab Emirates, United Kingdom of Great Britain and Northern
    Ireland, United Republic of Tanzania, United States of America, Uruguay, Venezuela
    (Bolivarian Republic of), Yemen""",
    "fr": """
    Afghanistan, Afrique du Sud, Algérie, Allemagne, Angola, Argentine, Autriche, Bolivie
    (État plurinational de), Brésil, Bulgarie, Canada, Chili, Chine, Chypre, Colombie, Côte
    d’Ivoire, Égypte, Émirats arabes unis, Équateur, Espagne, Estonie, État de Palestine,
    États-Unis d’Amérique, Fédération de Russie, Finlande, France, Iraq, Israël, Italie,
    Jamaïque, Japon, Jordanie, Kenya, Koweït, Liban, Luxembourg, Malaisie, Mali, Malte,
    Maroc, Maurice, Mexique, Myanmar, Népal, Nigéria, Norvège, Oman, Pakistan, Panama,
    Philippines, Pologne, Qatar, République de Corée, République dominicaine,
    République-Unie de Tanzanie, Roumanie, Royaume-Uni de Grande-Bretagne et d’Irlande du
    Nord, Rwanda, Saint-Siège, Serbie, Singapour, Slovaquie, Slovénie, Soudan, Sri Lanka,
    Suède, Suisse, Swaziland, Tchéquie, Thaïlande, Tunisie, Turquie, Ukraine, Uruguay,
    Venezuela (République bolivarienne du), Yémen""",
    "es": """
    Afganistán, Alemania, Angola, Argelia, Argentina, Austria, Bolivia (Estado Plurinacional
    de), Brasil, Bulgaria, Canadá, Chequia, Chile, China, Chipre, Colombia, Côte d'Ivoire,
    Ecuador, Egipto, Emiratos Árabes Unidos, Eslovaquia, Eslovenia, España, Estado de
    Palestina, Estados Unidos de América, Estonia, Federación de Rusia, Filipinas,
    Finlandia, Francia, Iraq, Israel, Italia, Jamaica, Japón, Jordania, Kenya, Kuwait,
    Líbano, Luxemburgo, Malasia, Malí, Malta, Marruecos, Mauricio, México, Myanmar, Nepal,
    Nigeria, Noruega, Omán, Pakistán, Panamá, Polonia, Qatar, Reino Unido de Gran Bretaña e
    Irlanda del Norte, República de Corea, República Dominicana, República Unida de
    Tanzanía, Rumania, Rwanda, Santa Sede, Serbia, Singapur, Sri Lanka, Sudáfrica, Sudán,
    Suecia, Suiza, Swazilandia, Tailandia, Túnez, Turquía, Ucrania, Uruguay, Venezuela
    (República Bolivariana de), Yemen""",
    "ru": """
    Австрия, Алжир, Ангола, Аргентина, Афганистан, Болгария, Боливия (Многонациональное
    Государство), Бразилия, Венесуэла (Боливарианская Республика), Германия, Государство
    Палестина, Доминиканская Республика, Египет, Израиль, Иордания, Ирак, Испания, Италия,
    Йемен, Канада, Катар, Кения, Кипр, Китай, Колумбия, Кот-д'Ивуар, Кувейт, Ливан,
    Люксембург, Маврикий, Малайзия, Мали, Мальта, Марокко, Мексика, Мьянма, Непал, Нигерия,
    Норвегия, Объединенная Республика Танзания, Объединенные Арабские Эмираты, Оман,
    Пакистан, Панама, Польша, Республика Корея, Российская Федерация, Руанда, Румыния,
    Свазиленд, Святой Престол, Сербия, Сингапур, Словакия, Словения, Соединенное Королевство
    Великобритании и Северной Ирландии, Соединенные Штаты Америки, Судан, Таиланд, Тунис,
    Турция, Украина, Уругвай, Филиппины, Финляндия, Франция, Чехия, Чили, Швейцария, Швеция,
    Шри-Ланка, Эквадор, Эстония, Южная Африка, Ямайка, Япония""",}


def states_parties(lang: str) -> list[str]:
    """The names as written above (en, fr, es, ru), in list order."""
    return " ".join(WRITTEN[lang].split()).split(", ")


def seed_order() -> list[str]:
    """ISO alpha-3 codes of the 76 States parties in the seed report's printed order."""
    path = source_file("cases/untoc-wg-2017.seed-facts.json")
    facts = json.loads(path.read_text(encoding="utf-8"))
    codes: list[str] = facts["attendance"]["states_parties"]["iso3"]
    return codes


def printed_un_lists(lang: str) -> list[list[str]]:
    """The lists of States (ISO alpha-2) printed in UN documents in `lang`, in printed order."""
    groups: dict[str, list[tuple[int, str]]] = defaultdict(list)
    with source_file("data/un_list_order_samples.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["lang"] == lang and "adjectival" not in row["observed_order"]:
                groups[row["document"]].append((int(row["position"]), row["iso2"]))
    return [[iso2 for _, iso2 in sorted(rows)] for rows in groups.values()]
