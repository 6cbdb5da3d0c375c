"""`nbc.extending`: the part of numba.extending nbc has."""

from .special import register_jitable

__all__ = ["register_jitable"]
