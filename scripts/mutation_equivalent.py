"""The mutants scripts/mutation.py counts as killed although no test fails on them: each
with the reason no user could tell the mutated code from the code (issue 18). Its mutant
names are mutmut's: module, function (class ǁ method) and the mutant's number."""

from __future__ import annotations

# Mutants that change no behaviour a user could see, by name, with the reason.
UTF8 = "'UTF-8' and 'utf-8' name the same codec in Python"
MEMORY_ONLY = ("when counts at or older than the window are dropped changes the memory used, "
               "nothing else: every count is read only if newer than the window")
DEFAULT_ENTROPY = "secrets.token_urlsafe(None) takes its default, the same 32 bytes"
PREFIX_FIRST = ("sorted in reverse without a key, a separator still comes before every "
                "separator it begins (', and ' before ', '), all the alternation needs")
NO_BLANK_SEPARATOR = "no separator is made only of blanks (or of X's and spaces)"
EVERY_LANGUAGE = "every language's reading cues have this key: the default is never used"
NAMES = "sessional.ingest.names."
EQUIVALENT: dict[str, str] = {
    "sessional.services.access.x__digest__mutmut_4": UTF8,
    "sessional.services.access.x_same_secret__mutmut_7": UTF8,
    "sessional.services.access.x_same_secret__mutmut_10": UTF8,
    "sessional.services.access.xǁAccountsǁissue_token__mutmut_9": DEFAULT_ENTROPY,
    "sessional.services.access.xǁAccountsǁopen_session__mutmut_4": DEFAULT_ENTROPY,
    "sessional.services.access.xǁAccountsǁopen_session__mutmut_6": DEFAULT_ENTROPY,
    "sessional.services.access.xǁAccountsǁauthenticate__mutmut_1": "the default place is only a "
                                                                    "key of the counts",
    "sessional.services.access.xǁAccountsǁ_forget_old__mutmut_1": MEMORY_ONLY,
    "sessional.services.access.xǁAccountsǁ_forget_old__mutmut_2": MEMORY_ONLY,
    "sessional.services.access.xǁAccountsǁ_forget_old__mutmut_6": MEMORY_ONLY,
    "sessional.services.access.xǁAccountsǁ_forget_old__mutmut_10": MEMORY_ONLY,
    "sessional.services.access.xǁAccountsǁ_forget_old__mutmut_13": MEMORY_ONLY,
    "sessional.services.access.x__spray_digest__mutmut_12": UTF8,
    "sessional.services.access.x__spray_digest__mutmut_16": "hashlib takes 'SHA256' and "
                                                            "'sha256' alike",
    "sessional.services.edit_access.x_require_own_request__mutmut_23": "-1 and -2 both mean no "
                                                                  "request: nothing to check",
    NAMES + "x_separators__mutmut_20": PREFIX_FIRST,
    NAMES + "x_separators__mutmut_23": PREFIX_FIRST,
    NAMES + "x_separators__mutmut_25": NO_BLANK_SEPARATOR,
    NAMES + "x_separators__mutmut_26": NO_BLANK_SEPARATOR,
    NAMES + "x_spoken_for__mutmut_4": EVERY_LANGUAGE,
    NAMES + "x_spoken_for__mutmut_6": EVERY_LANGUAGE,
    NAMES + "x_spoken_for__mutmut_41": "a cue at the very start has no speaker before it: it is "
                                       "passed over whether the search starts at 0 or 1",
    NAMES + "x__group__mutmut_21": EVERY_LANGUAGE,
    NAMES + "x__group__mutmut_23": EVERY_LANGUAGE,
    NAMES + "x_split_list__mutmut_12": "the score of no names at all: 1 instead of 0 adds 1 to "
                                       "every cut, the best cut stays the best",
    NAMES + "x_split_list__mutmut_13": "the back pointer of no names at all is never followed",
    NAMES + "x_split_list__mutmut_84": "a name resolved exactly is resolved exactly again, the "
                                       "same name",
    NAMES + "x_split_list__mutmut_8": "no name of a State or organization ends in a capital X "
                                      "(only ISO codes do, which lists do not write)",
    NAMES + "x_split_list__mutmut_65": "the best cut only weighs how many names resolve (an "
                                       "unresolved span with a cut loses to its pieces): any "
                                       "positive gain gives the same cut",
    NAMES + "x_split_list__mutmut_87": "a text that resolves on no form dated or not on the "
                                       "meeting's date resolves on none without it, and the "
                                       "near match does not use the date",
    NAMES + "x_split_list__mutmut_89": "the text has failed with the language's forms already, "
                                       "it fails without them, and the near match does not "
                                       "use the language",
    NAMES + "x_list_tokens__mutmut_12": "the split of an empty text is one empty token, which "
                                        "both callers drop (split_list keeps names with a text, "
                                        "lists._trimmed returns early on an empty body)",
    NAMES + "x_person_name__mutmut_3": "a fourth round only matters for four honorifics before "
                                       "one name in the reverse of the cues' order",
    NAMES + "x_person_name__mutmut_4": "without the early stop the rounds left change nothing "
                                       "(a round after the last change removes nothing)",
    NAMES + "x_person_name__mutmut_6": EVERY_LANGUAGE,
    NAMES + "x_person_name__mutmut_8": EVERY_LANGUAGE,
    NAMES + "x__forms__mutmut_8": "no State or organization has an Arabic name of one letter",
    NAMES + "x__forms__mutmut_9": "no State or organization has an Arabic name of two letters",
    NAMES + "x_spoken_for__mutmut_13": "without the word boundary a cue glued to the word "
                                       "before it would count; every cue of the catalogues "
                                       "begins with a word reports put after a space or a "
                                       "bracket",
    NAMES + "x_spoken_for__mutmut_54": "the head's pattern matches at least the empty string "
                                       "at the end: there is always a head",
    NAMES + "x__group__mutmut_4": "only English writes 'the' before a group's name",
    NAMES + "x__exact__mutmut_18": "every organization's match is an 'organization' one: its "
                                   "rank is only ever compared with itself",
    NAMES + "x__exact__mutmut_24": "no dated name of a State is also a name or variant of "
                                   "another (checked over countries.json): a later form "
                                   "never competes with another kind of match",
    NAMES + "x__exact__mutmut_27": "a variant ranks last with 2 or 3 alike",
    "sessional.ingest.attendance.x__label__mutmut_6": "no category's name holds 'un ' twice",
    "sessional.ingest.attendance.x__label__mutmut_18": "no category's name holds 'un ' twice",
    "sessional.ingest.attendance.x_delegation__mutmut_16": "on_behalf_of None is the record's "
                                                           "default: the same statement",
    **dict.fromkeys([f"sessional.compose.attendance.x__regional_organizations__mutmut_{n}"
                     for n in range(32, 37)],
                    "a plural phrase is looked up by its singular msgid; its plural msgid is "
                    "read only where a catalogue lacks the phrase, and every one has it "
                    "(tests/compose/test_catalogs.py)"),
    **dict.fromkeys([f"sessional.compose.attendance.x_adoption__mutmut_{n}" for n in (30, 38, 57)],
                    "no catalogue's phrase uses {count_digits}"),
    "sessional.compose.formats.x_range_text__mutmut_47":
        "a range within one month ends after it starts: its last day is never the 1st",
    **dict.fromkeys([f"sessional.compose.formats.x_count_words__mutmut_{n}" for n in (5, 6, 8)],
                    "no word of a catalogue's count-words holds '='"),
    "sessional.compose.formats.x_session_ordinal_text__mutmut_1":
        "the default role '' or 'XXXX': neither is 'object', the same form either way",
    "sessional.compose.formats.x__last_separator__mutmut_8":
        "an entry without text: '' or 'xxxx' does not sound /i/, ' and ' either way",
    **dict.fromkeys([f"sessional.model.limits.x_describe__mutmut_{n}" for n in (13, 22)],
                    "no name: None and '' are both false; the name is written in lower case, "
                    "so 'CONTROL CHARACTER' reads 'control character'"),
    "sessional.model.limits.x_describe__mutmut_6":
        "U+E000 is not a forbidden character: describe() is never asked about it",
    **dict.fromkeys([f"sessional.compose.formats.x_pair_count_text__mutmut_{n}"
                     for n in (2, 3, 11)],
                    "Chinese counts before a measure word differ from plain counts only from "
                    "200 (两百): the count-words of the zh catalogue already give 两 for two; "
                    "ICU reads the locale 'ZH' as 'zh'"),
    "sessional.compose.formats.x_item_numbers__mutmut_1":
        "the one caller (organization.py) always gives the path",
    "sessional.compose.formats.x_item_numbers__mutmut_42":
        "the phrase '{first} [to {last}]' holds one '[': index and rindex find the same",
    **dict.fromkeys([f"sessional.model.messages.x__limits__mutmut_{n}"
                     for n in (3, 8, 9, 12, 13, 19, 25, 30, 31, 37, 42, 43, 49, 51, 54)],
                    "a bound 'gt' or 'lt' is read again below, and the default limit or count "
                    "is said by no phrase that has none; only whole numbers are bounded in our "
                    "models, so the branch for others is never taken"),
    **dict.fromkeys([f"sessional.model.messages.x__by_type__mutmut_{n}"
                     for n in (15, 17, 92, 94, 97, 109, 111, 114, 128, 130, 133)],
                    "pydantic's error dicts always carry 'loc' and 'msg', and the ctx of a "
                    "pattern or a choice its 'pattern' or 'expected': the defaults are never "
                    "used"),
    "sessional.model.revise.xǁVersionǁof__mutmut_3":
        "references=None and references=False: both false, no cross-references checked",
    **dict.fromkeys([f"sessional.compose.attendance.x__unknown_categories__mutmut_{n}"
                     for n in (10, 11, 12)],
                    "every attendance category has its label in FIELD_LABELS: the default of "
                    ".get() is never used"),
    "sessional.compose.attendance.x__unknown_categories__mutmut_14":
        "numbered=None and numbered=False: both false, the gap has no number either way",
    "sessional.compose.attendance.x__symbol_key__mutmut_5":
        "a part that is not a number ranks 1 or 2: either way after a number, and among "
        "themselves parts of the same rank compare as before",
    **dict.fromkeys([f"sessional.refdata.countries.xǁCountryǁspan__mutmut_{n}" for n in (3, 5)],
                    "no names in a language: None and () are both false, the span is None"),
    "sessional.refdata.countries.xǁCountryǁspan__mutmut_12":
        "every name history in countries.json runs from no first day to no last day without a "
        "gap: some span always covers the day, next() never runs out",
    **dict.fromkeys([f"sessional.refdata.collation.x_sort_states__mutmut_{n}" for n in (18, 19)],
                    "a State without a name ranks after every named one (rank 1 or 2 after 0) "
                    "and among the nameless by code whatever the constant beside it"),
    **dict.fromkeys([f"sessional.refdata.languages.x_language_name__mutmut_{n}"
                     for n in (2, 3, 4, 6)],
                    "a name not found in the table is asked of Babel, where the table's names "
                    "come from: the same name either way"),
    "sessional.refdata.bodies.x__rows__mutmut_13": UTF8,
    **dict.fromkeys([f"sessional.refdata.bodies.x__names__mutmut_{n}" for n in (2, 4, 5)],
                    "every row of the curated bodies CSV has every name column: the default "
                    "of .get() is never used"),
    **dict.fromkeys([f"sessional.refdata.treaties.x_treaty_status__mutmut_{n}"
                     for n in range(20, 33)],
                    "every treaty of TREATIES ships a list complete up to a day and an import "
                    "without a day is not read: 'no list ... shipped or imported' is never said"),
    "sessional.refdata.groups.x__folded__mutmut_20":
        "spaces are folded alike on both sides of the comparison: ' ' or 'XX XX', the same "
        "names meet",
    "sessional.refdata.groups.x__folded__mutmut_11":
        "the articles in capitals, matched with re.I: the same articles",
    "sessional.refdata.phrases.x_compiled__mutmut_13":
        "importlib.metadata.version() finds a distribution whatever the case of its name",
    **dict.fromkeys([f"sessional.refdata.phrases.x__options__mutmut_{n}" for n in (4, 5)],
                    "start is set at the first '{' before it is used: its first value is never "
                    "read"),
    **dict.fromkeys([f"sessional.refdata._files.x_cached__mutmut_{n}" for n in (8, 9)],
                    "the length of the temporary file's random name: the file is renamed at once"),
    **dict.fromkeys([f"sessional.refdata._files.x_cached__mutmut_{n}" for n in (23, 24)],
                    "the older files were just found by glob(): missing_ok only matters if "
                    "another process removes one in between"),
    "sessional.refdata._files.x_load_imported__mutmut_7": UTF8,
    "sessional.refdata.normalize.x__is_cjk__mutmut_7":
        "U+F900 is never seen: NFKC has made it U+8C48 before the test",
    "sessional.refdata.normalize.x__is_cjk__mutmut_8": "U+FAFF is not a character",
    **dict.fromkeys(["sessional.refdata.resolve.x__earlier_or_later__mutmut_3",
                     "sessional.refdata.resolve.x__earlier_or_later__mutmut_5",
                     "sessional.refdata.resolve.x__languages__mutmut_6",
                     "sessional.refdata.resolve.x__languages__mutmut_8"],
                    "a name out of force is looked up in an entity's history of every language; "
                    "the one entity without a language (Taiwan, no English name) has names "
                    "that never changed, so a missing language is never met there"),
    "sessional.refdata.resolve.x__earlier_or_later__mutmut_14":
        "a name that comes into force on the very day is in force (NameSpan.covers) and never "
        "reaches _earlier_or_later",
    "sessional.refdata.normalize.x_name_key__mutmut_38":
        "strip('XX .,;:XX') strips capital X too, and there is none after casefold()",
}
