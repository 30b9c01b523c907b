"""E-mails saved as ``.eml`` (RFC 822 / MIME): minutes sent as a message body.

The text is the message's headers a reader would look at (From, To, Cc, Date, Subject), one per
line in Danish (Fra / Til / Cc / Dato / Emne), a blank line, then the body: the plain-text part,
or the HTML part as text when there is no plain one. Attachments are not read: an archive that
keeps them should hold them as files of their own.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from ..errors import InputError
from .html import read_html
from .sniff import expect_bytes

# The headers kept, in this order, with the Danish name a Danish mail client shows.
HEADERS = (("From", "Fra"), ("To", "Til"), ("Cc", "Cc"), ("Date", "Dato"), ("Subject", "Emne"))


def read_email(data: bytes) -> str:
    expect_bytes(data)
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; this is a last resort
        raise InputError(f"not an e-mail message ({exc})") from exc
    if not isinstance(message, EmailMessage) or not any(message.get(h) for h, _ in HEADERS):
        raise InputError("not an e-mail message: no From, To, Date or Subject header; save the "
                         "mail as .eml from the mail client, or the text as .txt")
    head = [f"{danish}: {message[h]}" for h, danish in HEADERS if message.get(h)]
    return "\n".join(head) + "\n\n" + _body(message).strip() + "\n"


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown or wrong charset: decode the bytes leniently
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", errors="replace")
    if part.get_content_subtype() == "html":
        return read_html(content.encode("utf-8"))
    return content.replace("\r\n", "\n")
