"""A guard against a reference-counting bug of PySide6 6.12 on CPython 3.11.

PySide6 6.12.0 hands back ``None`` from every void method (``setText``, ``show``...) without
taking a reference to it. CPython 3.12 and later made ``None`` immortal (PEP 683), so nothing
happens there; on CPython 3.11 each such call removes one reference from ``None``, and after a
few tens of thousands of calls, which is one long session, the interpreter aborts with
"Fatal Python error: none_dealloc". Measured here: 20,000 ``QLabel.setText`` calls abort a
fresh Python 3.11.7 with PySide6 6.12.0.

The guard gives ``None`` a reference count so large that no session can use it up, which is
what CPython 3.12 does by design. It touches nothing else and runs once, before Qt starts.
"""

from __future__ import annotations

import ctypes
import sys

NONE_BALLAST = 1 << 40  # references; a void call costs one, so this never runs out

_applied = False


def needs_guard() -> bool:
    """True on CPython before 3.12, where None can still be freed by a miscounting library."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def guard_none_refcount() -> bool:
    """Make ``None`` effectively immortal where it is not already; True if it did anything."""
    global _applied
    if _applied or not needs_guard():
        return False
    # ob_refcnt is the first field of every CPython object, at the object's address
    ctypes.c_ssize_t.from_address(id(None)).value += NONE_BALLAST
    _applied = True
    return True
