"""Salted scrypt PIN hashes: ``scrypt$n$r$p$salt_b64$hash_b64``, compared in constant time."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

SALT_BYTES = 16
HASH_BYTES = 32


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost parameters.

    Attributes:
        n: CPU/memory cost (a power of two).
        r: block size.
        p: parallelism.
    """

    n: int = 2 ** 14
    r: int = 8
    p: int = 1


DEFAULT_PARAMS = ScryptParams()
"""About 50-100 ms per check on the kiosk hardware (16 MiB of memory)."""

TEST_PARAMS = ScryptParams(n=2 ** 4, r=1, p=1)
"""Cheap parameters for tests only."""


def _derive(pin: str, salt: bytes, params: ScryptParams) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=params.n, r=params.r, p=params.p,
                          maxmem=256 * params.n * params.r + 1024 * 1024,
                          dklen=HASH_BYTES)


def hash_pin(pin: str, params: ScryptParams = DEFAULT_PARAMS) -> str:
    """Hash a PIN with a fresh random salt; the parameters travel in the string."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(pin, salt, params)
    b64 = base64.b64encode
    return (f"scrypt${params.n}${params.r}${params.p}$"
            f"{b64(salt).decode()}${b64(digest).decode()}")


def check_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches ``stored``; a malformed hash never matches."""
    try:
        scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        params = ScryptParams(int(n), int(r), int(p))
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(hash_b64, validate=True)
    except ValueError:
        return False
    return hmac.compare_digest(_derive(pin, salt, params), expected)
