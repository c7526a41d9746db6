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

# A grid's slots are its cells spread by their spans, and Markdown pads every row to the widest: 200
# cells of colspan=50 over 200 rows of one cell (12 kB) drew a grid of 2 010 000 slots, an article
# of megabytes that took the reader, the gate and Sphinx minutes. A film page's grid fills about one
# slot a cell (a header spanning two or three columns, a short row); past this many slots a cell,
# and past the floor, the grid is no table's (:func:`placed_cells` answers None).
MAX_SLOTS_PER_CELL = 16
SLOTS_ALWAYS_ALLOWED = 10_000


def placed_cells(rows: list[list[Tag]]) -> list[list[Slot]] | None:
    """Each row's cells at the columns a browser draws them in, a cell that spans columns or rows
    filling every slot it covers (its first slot marked; a slot no cell covers is ``(-1, False)``).
    A Markdown table has no spans: without this every cell after a ``rowspan`` moved one column
    left, under the wrong header (field report: python-markdownify#121; colspan, #109).

    None when the grid, each row padded to the widest, would hold more than
    :data:`MAX_SLOTS_PER_CELL` slots a cell and more than :data:`SLOTS_ALWAYS_ALLOWED`: spans
    and ragged rows that would write a table hundreds of times the page's size. Stops counting
    as soon as the bound is passed, so its work is bounded by the cells too."""
    budget = max(SLOTS_ALWAYS_ALLOWED, MAX_SLOTS_PER_CELL * sum(map(len, rows)))
    placed: list[list[Slot]] = []
    covered: dict[int, tuple[int, int]] = {}  # column -> (cell number, rows below still covered)
    number = slots = width = 0
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
            if slots + len(line) > budget:
                return None
        last = max(covered, default=-1)  # once a row: max() at every slot was quadratic in a wide row
        while len(line) <= last:
            line.append((covered[len(line)][0], False) if len(line) in covered else (-1, False))
        placed.append(line)
        slots += len(line)
        width = max(width, len(line))
        if width * len(placed) > budget:
            return None
        covered = {c: (n, left - 1) for c, (n, left) in covered.items() if left > 1} | below
    return placed
