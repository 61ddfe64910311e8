"""How a German place name sounds, whatever script it was typed in.

Readers type their town as they hear it: in Arabic or Farsi letters ("غريفسموهلن"), in
Cyrillic ("Гревесмюлен") or in a Latin transliteration ("Grevesmyulen"). GeoNames knows
such spellings for the larger towns only. For the others a name is reduced to its
consonants, each put into a class of sounds that the scripts write differently (b/p, f/v/w,
g/k, s/z, t/d, and one class for h, ch, sch and their Cyrillic and Arabic letters);
vowels, which Arabic script mostly leaves out, are dropped. Two spellings of one name
mostly give the same key ("Greifswald", "غرايفسفالد" and "Грайфсвальд" all give KRFSFLT).

A German name gets more than one key where German spelling and speech part: a silent
final w ("Teterow"), a silent h after a vowel ("Ahlbeck"), and s spoken as sch before t
and p at the start of a word ("Stralsund", "Шт"/"شت"). The keys are only for finding a
place; they are never shown.
"""

import itertools
import re
import unicodedata

UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "s"})

# Longest first: each spelling of a sound in Latin transliterations and German.
LATIN_GROUPS = [
    ("tsch", "X"),
    ("sch", "X"),
    ("ch", "X"),
    ("sh", "X"),
    ("kh", "X"),
    ("zh", "X"),
    ("ck", "K"),
    ("ph", "F"),
    ("th", "T"),
]
# A name of many words gets at most this many keys.
MAX_KEYS = 64
LATIN = {
    **dict.fromkeys("bp", "B"),
    **dict.fromkeys("fvw", "F"),
    **dict.fromkeys("gkcq", "K"),
    **dict.fromkeys("sx", "S"),
    # German z is spoken ts, and written so (ц, تس) by readers who hear it.
    "z": "TS",
    **dict.fromkeys("td", "T"),
    "h": "X",
    "l": "L",
    "m": "M",
    "n": "N",
    "r": "R",
}
CYRILLIC = {
    **dict.fromkeys("бп", "B"),
    **dict.fromkeys("вф", "F"),
    **dict.fromkeys("гґк", "K"),
    **dict.fromkeys("зс", "S"),
    "ц": "TS",
    **dict.fromkeys("тд", "T"),
    **dict.fromkeys("хжшщч", "X"),
    "л": "L",
    "м": "M",
    "н": "N",
    "р": "R",
}
ARABIC = {
    **dict.fromkeys("بپ", "B"),
    **dict.fromkeys("فڤ", "F"),
    **dict.fromkeys("كکقغگج", "K"),
    **dict.fromkeys("سصزظ", "S"),
    **dict.fromkeys("تطدضذث", "T"),
    **dict.fromkeys("خحهشچژ", "X"),
    "ل": "L",
    "م": "M",
    "ن": "N",
    "ر": "R",
}
LETTERS = {**LATIN, **CYRILLIC, **ARABIC}


def _letters(name):
    folded = unicodedata.normalize("NFKD", name.casefold().translate(UMLAUTS))
    return "".join(char for char in folded if char.isalpha() and not unicodedata.combining(char))


def _words(name):
    folded = unicodedata.normalize("NFKD", name.casefold().translate(UMLAUTS))
    kept = "".join(char for char in folded if not unicodedata.combining(char))
    return [word for word in re.split(r"[^a-z]+", kept) if word]


SILENT_H = re.compile(r"(?<=[aeiouy])h(?![aeiouy])")


def _word_spellings(word):
    spellings = {word, SILENT_H.sub("", word)}
    spellings |= {spelling[:-1] for spelling in spellings if spelling.endswith("ow")}
    spellings |= {"sch" + spelling[1:] for spelling in spellings if spelling[:2] in ("st", "sp")}
    return spellings


def _sounds(letters):
    sounds, position = [], 0
    while position < len(letters):
        for group, sound in LATIN_GROUPS:
            if letters.startswith(group, position):
                sounds.extend(sound)
                position += len(group)
                break
        else:
            sounds.extend(LETTERS.get(letters[position], ""))
            position += 1
    collapsed = [
        sound for index, sound in enumerate(sounds) if index == 0 or sound != sounds[index - 1]
    ]
    return "".join(collapsed)


def sound_key(name):
    """The consonant classes of a name as typed, in any of the scripts above."""
    return _sounds(_letters(name))


def german_sound_keys(name):
    """The keys a German place name may be heard as (see the module docstring)."""
    per_word = [sorted(_word_spellings(word)) for word in _words(name)]
    spellings = itertools.islice(itertools.product(*per_word), MAX_KEYS)
    return {key for key in (_sounds("".join(words)) for words in spellings) if key}
