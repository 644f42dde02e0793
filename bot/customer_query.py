"""Reading a manager's `/harassment history <identifier>` query: which kind of identifier it is."""

from __future__ import annotations

import re
import unicodedata

from bot.identity import IdentifierKind

_PREFIXES = {
    "email": IdentifierKind.EMAIL,
    "mail": IdentifierKind.EMAIL,
    "phone": IdentifierKind.PHONE,
    "tel": IdentifierKind.PHONE,
    "no": IdentifierKind.CUSTOMER_NUMBER,
    "number": IdentifierKind.CUSTOMER_NUMBER,
    "member": IdentifierKind.CUSTOMER_NUMBER,
    "id": IdentifierKind.CUSTOMER_NUMBER,
    "name": IdentifierKind.NAME,
    "handle": IdentifierKind.SOCIAL_HANDLE,
    "sns": IdentifierKind.SOCIAL_HANDLE,
}
_PHONE = re.compile(r"^\+?[\d\s\-().]{6,}$")
_CUSTOMER_NUMBER = re.compile(r"^[A-Za-z]{0,4}[-#]?\d[\d-]*$")


def parse_customer_query(query: str) -> tuple[IdentifierKind, str]:
    """Guess the identifier kind ("email:", "phone:", "no:", "name:", "handle:" force one)."""
    text = unicodedata.normalize("NFKC", query).strip()
    if not text:
        raise ValueError("empty identifier")
    prefix, sep, rest = text.partition(":")
    if sep and prefix.strip().lower() in _PREFIXES and rest.strip():
        return _PREFIXES[prefix.strip().lower()], rest.strip()
    if text.startswith("@") and len(text) > 1:
        return IdentifierKind.SOCIAL_HANDLE, text
    if "@" in text:
        return IdentifierKind.EMAIL, text
    digits = sum(ch.isdigit() for ch in text)
    if _PHONE.match(text) and digits >= 9:
        return IdentifierKind.PHONE, text
    if _CUSTOMER_NUMBER.match(text):
        return IdentifierKind.CUSTOMER_NUMBER, text
    return IdentifierKind.NAME, text
