"""The form reader: indicator tables of any layout (see :mod:`.reader` for the chain of steps)."""
from .reader import Carry, TableReading, read_table

__all__ = ["Carry", "TableReading", "read_table"]
