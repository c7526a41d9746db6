"""A table's grid as a browser draws it: its rows, each row's cells, and the slots cells that span
columns or rows fill. Geometry only; :mod:`ingest.html.convert` turns the grid into a ``Table`` block.
"""

from __future__ import annotations

from bs4 import Tag


def table_rows(table: Tag) -> list[Tag]:
    """The ``<tr>`` of ``table``, in order: its own and those of its ``<thead>``, ``<tbody>`` and ``<tfoot>``
    (not those of a table inside a cell)."""
    rows: list[Tag] = []
    for child in table.children:
        if isinstance(child, Tag):
            if child.name == "tr":
                rows.append(child)
            elif child.name in ("thead", "tbody", "tfoot"):
                rows.extend(c for c in child.children if isinstance(c, Tag) and c.name == "tr")
    return rows


def row_cells(tr: Tag) -> list[Tag]:
    """The ``<td>`` and ``<th>`` of a row, in order."""
    return [c for c in tr.children if isinstance(c, Tag) and c.name in ("td", "th")]


def is_header_row(tr: Tag, cells: list[Tag]) -> bool:
    """Whether a row (``cells``: its cells) is a header's: all header cells, or in a ``<thead>``."""
    return all(c.name == "th" for c in cells) or (tr.parent is not None and tr.parent.name == "thead")


# A span wider than this is a page's mistake ("colspan=9999"), not a column count: browsers cap
# colspan at 1000; a film page's grid is a few columns wide.
_MAX_SPAN = 50


def cell_span(cell: Tag, attribute: str) -> int:
    """A cell's ``colspan`` or ``rowspan``: 1 when absent or not a number, at most ``_MAX_SPAN``."""
    value = cell.get(attribute)
    text = value.strip() if isinstance(value, str) else ""
    return min(int(text), _MAX_SPAN) if text.isdigit() and int(text) > 0 else 1


Slot = tuple[int, bool]  # (the cell's number in the table, whether this is the cell's first slot)


def placed_cells(rows: list[list[Tag]]) -> list[list[Slot]]:
    """Each row's cells at the columns a browser draws them in, a cell that spans columns or rows
    filling every slot it covers (its first slot marked; a slot no cell covers is ``(-1, False)``).
    A Markdown table has no spans: without this every cell after a ``rowspan`` moved one column
    left, under the wrong header (field report: python-markdownify#121; colspan, #109)."""
    placed: list[list[Slot]] = []
    covered: dict[int, tuple[int, int]] = {}  # column -> (cell number, rows below still covered)
    number = 0
    for cells in rows:
        line: list[Slot] = []
        below: dict[int, tuple[int, int]] = {}
        for cell in cells:
            while len(line) in covered:
                line.append((covered[len(line)][0], False))
            height = cell_span(cell, "rowspan")
            for k in range(cell_span(cell, "colspan")):
                if height > 1:
                    below[len(line)] = (number, height - 1)
                line.append((number, k == 0))
            number += 1
        while covered and len(line) <= max(covered):
            line.append((covered[len(line)][0], False) if len(line) in covered else (-1, False))
        placed.append(line)
        covered = {c: (n, left - 1) for c, (n, left) in covered.items() if left > 1} | below
    return placed
