"""Customer identifiers: normalise what staff type, then hash it for matching.

Pure: no SQL, no Slack. The same person written two ways ("Taro.Yamada+shop@gmail.com" and
"taroyamada@googlemail.com", "０９０−１２３４−５６７８" and "+81 90 1234 5678") normalises to
the same string, and the matching table stores only `identifier_digest` of that string.

Choices worth knowing:
- Phone numbers without a country code are read as Japanese (the product's home market):
  a leading 0 is the trunk prefix and becomes +81. "010" (Japan's international prefix) and
  "00" (the ITU one) become "+". Bare digits with neither are refused as ambiguous.
- E-mail: every provider loses a "+tag" (plus addressing is near-universal and an address
  with a literal "+" in its mailbox name is rarer than a tagged one); only Gmail/Googlemail,
  which document that dots do not matter, also lose dots, and googlemail.com becomes gmail.com.
- Names are weak identifiers (two customers can share one): honorifics are stripped, NFKC
  turns half-width katakana into full-width, spaces between Japanese characters go, and the
  words of a Latin-script name are sorted so "Yamada Taro" equals "Taro Yamada". Kana and
  kanji are never transliterated into each other.
- A social handle keeps its platform when one is given ("x:taro", from "twitter: @Taro" or
  "https://x.com/taro"); a bare "@taro" stays "taro" and does not match "x:taro".
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from enum import Enum


class IdentifierKind(str, Enum):
    """What an identifier is; part of its hash, so equal strings of two kinds never match."""

    CUSTOMER_NUMBER = "customer_number"
    EMAIL = "email"
    PHONE = "phone"
    NAME = "name"
    SOCIAL_HANDLE = "social_handle"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


def normalise_identifier(kind: IdentifierKind | str, raw: str) -> str:
    """The canonical form of `raw` for matching; ValueError with a clear message if unusable."""
    kind = IdentifierKind(kind)
    text = unicodedata.normalize("NFKC", raw or "").strip()
    if not text:
        raise ValueError(f"The {kind.label} is empty.")
    # NFKC again at the end: removing spaces and case folding can leave a sequence that NFKC
    # would compose ("U¨" -> "u" + U+0308 -> "ü"), and the same identifier must always match.
    return unicodedata.normalize("NFKC", _NORMALISERS[kind](text))


def identifier_digest(key: bytes, kind: IdentifierKind | str, normalised: str) -> str:
    """Hex HMAC-SHA256 of kind and normalised value: what the matching table stores."""
    if not key:
        raise ValueError("The customer HMAC key is empty.")
    message = f"{IdentifierKind(kind).value}:{normalised}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


# --- customer or member numbers -------------------------------------------------------

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\u2500"
_NUMBER_PREFIX = re.compile(r"^(?:no\.?|#)\s*", re.IGNORECASE)  # NFKC turns "№" into "No"


def _customer_number(text: str) -> str:
    value = _NUMBER_PREFIX.sub("", text)
    value = re.sub(f"[\\s\\-{_DASHES}_/]+", "", value).casefold()
    if not any(ch.isalnum() for ch in value):
        raise ValueError(f"{text!r} is not a customer number: it has no letters or digits.")
    if len(value) > 64:
        raise ValueError("A customer number longer than 64 characters is not accepted.")
    return value


# --- e-mail ---------------------------------------------------------------------------

_DOTS_IGNORED = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}


def _email(text: str) -> str:
    bracketed = re.search(r"<([^<>]+)>", text)  # "Taro Yamada <taro@example.com>"
    value = bracketed.group(1) if bracketed else text
    value = re.sub(r"^mailto:", "", value.strip(), flags=re.IGNORECASE)
    value = re.sub(r"\s+", "", value).casefold()
    if value.count("@") != 1:
        raise ValueError(f"{text!r} is not an e-mail address: it needs exactly one @.")
    local, domain = value.split("@")
    domain = domain.rstrip(".")
    if not local or not re.fullmatch(r"[^.@]+(\.[^.@]+)+", domain):
        raise ValueError(f"{text!r} is not an e-mail address: write it like name@example.com.")
    local = local.split("+", 1)[0]
    if not local:
        raise ValueError(f"{text!r} is not an e-mail address: nothing comes before the +.")
    if domain in _DOTS_IGNORED:
        local = local.replace(".", "")
        domain = _DOTS_IGNORED[domain]
    if not local:
        raise ValueError(f"{text!r} is not an e-mail address: the part before @ is empty.")
    return f"{local}@{domain}"


# --- phone numbers --------------------------------------------------------------------

_PHONE_LABEL = re.compile(r"^(?:tel|phone|mobile|電話番号|電話|携帯)\s*[.:]?\s*", re.IGNORECASE)
_EXTENSION = re.compile(r"\s*(?:ext\.?|extension|x|内線|#)\s*\d*\s*$", re.IGNORECASE)
_PHONE_ALLOWED = re.compile(f"[\\d\\s()+./\\-{_DASHES}]+")
_JAPAN = "81"


def _phone(text: str) -> str:
    value = _PHONE_LABEL.sub("", text)
    value = re.sub(r"^tel:", "", value, flags=re.IGNORECASE)
    value = _EXTENSION.sub("", value).strip()
    if not re.search(r"\d", value):
        raise ValueError(f"{text!r} is not a phone number: it has no digits.")
    if not _PHONE_ALLOWED.fullmatch(value):
        raise ValueError(f"{text!r} is not a phone number: it contains letters or other symbols.")
    if "+" in value[1:]:
        raise ValueError(f"{text!r} is not a phone number: '+' may only come first.")
    international = value.startswith("+")
    value = value.replace("(0)", "") if international else value  # "+44 (0)20 ..." style
    digits = re.sub(r"\D", "", value)
    if international:
        number = digits
    elif digits.startswith("010"):
        number = digits[3:]
    elif digits.startswith("00"):
        number = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
        if not 9 <= len(national) <= 10:
            raise ValueError(
                f"{text!r} is not a complete Japanese phone number: with the leading 0 it "
                "should have 10 or 11 digits, e.g. 03-1234-5678 or 090-1234-5678."
            )
        return f"+{_JAPAN}{national}"
    elif len(digits) < 10:
        raise ValueError(
            f"{text!r} is too short for a complete phone number: include the area code, "
            "e.g. 03-1234-5678 or 090-1234-5678."
        )
    else:
        raise ValueError(
            f"{text!r} is ambiguous: write it with the leading 0 (e.g. 090-1234-5678) or in "
            "international form with + and the country code (e.g. +81 90-1234-5678)."
        )
    if number.startswith(_JAPAN + "0"):  # "+81 090-..." keeps a trunk 0 that must go
        number = _JAPAN + number[3:]
    if not 8 <= len(number) <= 15:
        raise ValueError(
            f"{text!r} is not a complete phone number: an international number has "
            "8 to 15 digits including the country code."
        )
    if number.startswith(_JAPAN) and not 9 <= len(number) - 2 <= 10:
        raise ValueError(f"{text!r} is not a complete Japanese phone number.")
    return f"+{number}"


# --- names ----------------------------------------------------------------------------

_JA_HONORIFICS = ("御中", "先生", "さま", "サマ", "さん", "サン", "どの", "ちゃん", "くん", "様", "殿", "氏", "君")
_LATIN_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "madame", "mme", "mlle"}
_ROMAJI_SUFFIX = re.compile(r"-(?:san|sama|sensei|kun|chan|dono|shi)$")
_ROMAJI_WORDS = {"san", "sama", "sensei", "dono"}
_NAME_SEPARATORS = re.compile(r"[\s,、.。・]+")


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xAC00 <= code <= 0xD7AF  # hangul syllables
        or ch in "々〆ヶ"
    )


def _name(text: str) -> str:
    value = text.replace("\u2019", "'").replace("\u2018", "'")
    words = [w for w in _NAME_SEPARATORS.split(value.casefold()) if w]
    words = _strip_name_honorifics(words)
    if not words or not any(unicodedata.category(ch).startswith("L") for w in words for ch in w):
        raise ValueError(f"{text!r} is not a usable name: it has no letters once titles are removed.")
    # Japanese/Chinese/Korean names are written with or without a space between the parts.
    # Sorting can bring two CJK parts together, so join and sort until nothing changes: the
    # result must normalise to itself.
    while True:
        joined: list[str] = []
        for word in words:
            if joined and _is_cjk(joined[-1][-1]) and _is_cjk(word[0]):
                joined[-1] += word
            else:
                joined.append(word)
        ordered = sorted(joined)
        if ordered == words:
            return " ".join(ordered)
        words = ordered


def _strip_name_honorifics(words: list[str]) -> list[str]:
    if len(words) > 1 and words[0] in _LATIN_TITLES:
        words = words[1:]
    words = [_ROMAJI_SUFFIX.sub("", w) or w for w in words]
    while len(words) > 1 and (words[-1] in _ROMAJI_WORDS or words[-1] in _JA_HONORIFICS):
        words = words[:-1]
    if len(words) == 1 and (words[0] in _JA_HONORIFICS or words[0] in _LATIN_TITLES):
        return []
    last = words[-1] if words else ""
    for suffix in _JA_HONORIFICS:
        if last.endswith(suffix) and len(last) > len(suffix):
            return [*words[:-1], last[: -len(suffix)]]
    return words


# --- social media handles -------------------------------------------------------------

_PLATFORMS = {
    "x": "x",
    "twitter": "x",
    "instagram": "instagram",
    "insta": "instagram",
    "ig": "instagram",
    "tiktok": "tiktok",
    "facebook": "facebook",
    "fb": "facebook",
    "threads": "threads",
    "youtube": "youtube",
    "yt": "youtube",
    "line": "line",
    "bluesky": "bluesky",
    "bsky": "bluesky",
}
_PLATFORM_HOSTS = {
    "x.com": "x",
    "twitter.com": "x",
    "instagram.com": "instagram",
    "tiktok.com": "tiktok",
    "facebook.com": "facebook",
    "threads.net": "threads",
    "threads.com": "threads",
    "youtube.com": "youtube",
    "bsky.app": "bluesky",
}
_PROFILE_URL = re.compile(r"^(?:https?://)?(?:www\.|m\.|mobile\.)?([a-z0-9.-]+)/(?:profile/)?([^/?#\s]+)")
_PLATFORM_PREFIX = re.compile(r"^([a-z]+)\s*:\s*(.+)$")


def _social_handle(text: str) -> str:
    value = text.casefold()
    platform = ""
    url = _PROFILE_URL.match(value)
    if url and url.group(1) in _PLATFORM_HOSTS:
        platform, value = _PLATFORM_HOSTS[url.group(1)], url.group(2)
    else:
        prefixed = _PLATFORM_PREFIX.match(value)
        if prefixed and not prefixed.group(2).startswith("//"):
            platform = _PLATFORMS.get(prefixed.group(1), prefixed.group(1))
            value = prefixed.group(2)
    handle = value.strip().lstrip("@")
    if not handle or re.search(r"\s", handle):
        raise ValueError(f"{text!r} is not a social media handle: write it like @name or x:@name.")
    if len(handle) > 100:
        raise ValueError("A social media handle longer than 100 characters is not accepted.")
    return f"{platform}:{handle}" if platform else handle


_NORMALISERS = {
    IdentifierKind.CUSTOMER_NUMBER: _customer_number,
    IdentifierKind.EMAIL: _email,
    IdentifierKind.PHONE: _phone,
    IdentifierKind.NAME: _name,
    IdentifierKind.SOCIAL_HANDLE: _social_handle,
}
