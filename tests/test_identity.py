"""Identifier normalisation and hashing: the same person matches, different people do not."""

from __future__ import annotations

import itertools

import pytest

from bot.identity import IdentifierKind, identifier_digest, normalise_identifier

EMAIL = IdentifierKind.EMAIL
PHONE = IdentifierKind.PHONE
NAME = IdentifierKind.NAME
HANDLE = IdentifierKind.SOCIAL_HANDLE
NUMBER = IdentifierKind.CUSTOMER_NUMBER

# Each group: ways staff might write down one identifier of one person, and its canonical form.
SAME_PERSON = [
    (
        EMAIL,
        "taroyamada@gmail.com",
        [
            "taroyamada@gmail.com",
            "Taro.Yamada@gmail.com",
            "taro.yamada+shop@gmail.com",
            "TARO.YAMADA@GMAIL.COM",
            "taroyamada@googlemail.com",
            " t.a.r.o.yamada+complaints@GoogleMail.com ",
            "ｔａｒｏｙａｍａｄａ＠ｇｍａｉｌ．ｃｏｍ",
            "Taro Yamada <taro.yamada@gmail.com>",
            "mailto:taroyamada@gmail.com",
        ],
    ),
    (
        EMAIL,
        "hanako.sato@example.co.jp",
        [
            "hanako.sato@example.co.jp",
            "Hanako.Sato@Example.CO.JP",
            "hanako.sato+kasuhara@example.co.jp",
            "ｈａｎａｋｏ．ｓａｔｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ",
            "hanako.sato@example.co.jp.",
        ],
    ),
    (
        PHONE,
        "+819012345678",
        [
            "090-1234-5678",
            "09012345678",
            "090 1234 5678",
            "(090) 1234-5678",
            "０９０−１２３４−５６７８",
            "０９０ー１２３４ー５６７８",
            "+81 90-1234-5678",
            "+81 (0)90 1234 5678",
            "+81-090-1234-5678",
            "＋８１ ９０ １２３４ ５６７８",
            "TEL: 090.1234.5678",
            "携帯：090-1234-5678",
            "tel:+819012345678",
            "010-81-90-1234-5678",
        ],
    ),
    (
        PHONE,
        "+81312345678",
        [
            "03-1234-5678",
            "03(1234)5678",
            "+81 3 1234 5678",
            "03-1234-5678 内線 204",
            "03-1234-5678 ext. 12",
        ],
    ),
    (
        PHONE,
        "+12125551234",
        [
            "+1 (212) 555-1234",
            "+1 212.555.1234",
            "001 212 555 1234",
            "010-1-212-555-1234",
        ],
    ),
    (
        NAME,
        "山田太郎",
        [
            "山田太郎",
            "山田 太郎",
            "山田　太郎",
            "山田 太郎 様",
            "山田太郎様",
            "山田太郎さん",
            "山田 太郎 殿",
            " 山田  太郎 ",
        ],
    ),
    (
        NAME,
        "ヤマダタロウ",
        [
            "ヤマダ タロウ",
            "ﾔﾏﾀﾞ ﾀﾛｳ",
            "ﾔﾏﾀﾞﾀﾛｳ",
            "ヤマダ　タロウ様",
            "ヤマダタロウさん",
        ],
    ),
    (
        NAME,
        "taro yamada",
        [
            "Taro Yamada",
            "YAMADA Taro",
            "Mr. Taro Yamada",
            "mr taro yamada",
            "Yamada-san Taro",
            "Yamada, Taro",
            "  taro   yamada  ",
            "Ｔａｒｏ Ｙａｍａｄａ",
        ],
    ),
    (NAME, "ジョンスミス", ["ジョン・スミス", "ｼﾞｮﾝ･ｽﾐｽ", "ジョン スミス", "ジョンスミス様"]),
    (NAME, "o'brien sean", ["Sean O'Brien", "Mr Sean O\u2019Brien", "O'BRIEN Sean"]),
    (HANDLE, "taro_yamada", ["@taro_yamada", "@Taro_Yamada", "taro_yamada", "＠ｔａｒｏ＿ｙａｍａｄａ"]),
    (
        HANDLE,
        "x:taro_yamada",
        [
            "x:@taro_yamada",
            "twitter: @Taro_Yamada",
            "X：@taro_yamada",
            "https://x.com/taro_yamada",
            "https://twitter.com/Taro_Yamada?s=20",
            "twitter.com/taro_yamada/",
        ],
    ),
    (HANDLE, "instagram:taro.y", ["instagram:@taro.y", "IG: taro.y", "https://www.instagram.com/taro.y/"]),
    (NUMBER, "m00123", ["M00123", "m-00123", "M 00123", "ｍ００１２３", "No. M-00123", "#M00123", "M\u221200123"]),
]

# Pairs that belong to different people and must never match.
DIFFERENT_PEOPLE = [
    (EMAIL, "taro.yamada@gmail.com", "hanako.yamada@gmail.com"),
    (EMAIL, "taro.yamada@example.com", "taroyamada@example.com"),  # dots matter outside Gmail
    (EMAIL, "taro@example.com", "taro@example.co.jp"),
    (EMAIL, "taro@gmail.com", "taro@yahoo.co.jp"),
    (PHONE, "090-1234-5678", "090-1234-5679"),
    (PHONE, "03-1234-5678", "06-1234-5678"),
    (PHONE, "+1 212 555 1234", "+44 20 5555 1234"),
    (PHONE, "090-1234-5678", "+1 901 234 5678"),
    (NAME, "山田太郎", "山田花子"),
    (NAME, "山田太郎", "ヤマダタロウ"),  # kanji and katakana are not transliterated
    (NAME, "Taro Yamada", "Jiro Yamada"),
    (NAME, "佐藤", "佐藤健"),
    (HANDLE, "@taro_yamada", "@taro_yamada2"),
    (HANDLE, "x:@taro", "instagram:@taro"),
    (HANDLE, "@taro", "x:@taro"),  # a bare handle does not claim a platform
    (NUMBER, "M00123", "M0123"),
    (NUMBER, "A-1", "A-2"),
]

UNUSABLE = [
    (EMAIL, "", "empty"),
    (EMAIL, "   ", "empty"),
    (EMAIL, "taro.yamada.gmail.com", "@"),
    (EMAIL, "taro@@gmail.com", "@"),
    (EMAIL, "taro@localhost", "name@example.com"),
    (EMAIL, "@example.com", "name@example.com"),
    (EMAIL, "+promo@example.com", "+"),
    (PHONE, "1234-5678", "include the area code"),
    (PHONE, "81 90 1234 5678", "leading 0"),
    (PHONE, "03-1234", "10 or 11 digits"),
    (PHONE, "090-1234-56789-0", "10 or 11 digits"),
    (PHONE, "110", "too short"),
    (PHONE, "0110", "10 or 11 digits"),
    (PHONE, "+81 3 1234", "digits"),
    (PHONE, "+1234", "8 to 15 digits"),
    (PHONE, "call back tomorrow", "no digits"),
    (PHONE, "090-CALL-TARO", "letters"),
    (PHONE, "090+1234+5678", "'+'"),
    (NAME, "様", "no letters"),
    (NAME, "Mr.", "no letters"),
    (NAME, "123 456", "no letters"),
    (HANDLE, "@", "handle"),
    (HANDLE, "taro yamada", "handle"),
    (NUMBER, "---", "no letters or digits"),
]


@pytest.mark.parametrize(
    ("kind", "expected", "raw"),
    [(kind, expected, raw) for kind, expected, variants in SAME_PERSON for raw in variants],
)
def test_variants_normalise_to_one_form(kind: IdentifierKind, expected: str, raw: str) -> None:
    assert normalise_identifier(kind, raw) == expected


@pytest.mark.parametrize(("kind", "first", "second"), DIFFERENT_PEOPLE)
def test_different_people_do_not_match(kind: IdentifierKind, first: str, second: str) -> None:
    assert normalise_identifier(kind, first) != normalise_identifier(kind, second)


@pytest.mark.parametrize(("kind", "raw", "message_part"), UNUSABLE)
def test_unusable_input_is_refused_with_a_clear_message(kind: IdentifierKind, raw: str, message_part: str) -> None:
    with pytest.raises(ValueError) as error:
        normalise_identifier(kind, raw)
    assert message_part in str(error.value)


def test_kind_may_be_given_as_its_string_value() -> None:
    assert normalise_identifier("phone", "090-1234-5678") == "+819012345678"
    with pytest.raises(ValueError):
        normalise_identifier("fax", "03-1234-5678")


def test_digest_is_a_keyed_hex_sha256() -> None:
    key = b"secret-key"
    digest = identifier_digest(key, EMAIL, "taro@example.com")
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert digest == identifier_digest(key, "email", "taro@example.com")
    assert "taro" not in digest


def test_digest_depends_on_key_kind_and_value() -> None:
    key = b"secret-key"
    digests = {
        identifier_digest(key, EMAIL, "taro@example.com"),
        identifier_digest(b"other-key", EMAIL, "taro@example.com"),
        identifier_digest(key, HANDLE, "taro@example.com"),
        identifier_digest(key, EMAIL, "jiro@example.com"),
    }
    assert len(digests) == 4


def test_digest_refuses_an_empty_key() -> None:
    with pytest.raises(ValueError):
        identifier_digest(b"", EMAIL, "taro@example.com")


def test_every_variant_of_a_group_hashes_alike_and_groups_differ() -> None:
    key = b"k"
    group_digests = []
    for kind, _, variants in SAME_PERSON:
        digests = {identifier_digest(key, kind, normalise_identifier(kind, raw)) for raw in variants}
        assert len(digests) == 1, (kind, variants)
        group_digests.append(digests.pop())
    for first, second in itertools.combinations(group_digests, 2):
        assert first != second
