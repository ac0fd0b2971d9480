"""No English left behind: a word handed straight to a widget must go through tr().

The lupdate test (test_translations.py) proves every tr() string has its Dutch; this one
catches the string that never reached tr(): a literal (or f-string) with words in it, passed to
a call that puts text on the screen, a PDF or a message box.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOWN = {  # calls whose string arguments a user reads
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setTitle",
    "setPlaceholderText", "setLabelText", "setInformativeText", "setDetailedText",
    "setSuffix", "setPrefix", "setSpecialValueText", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addTab", "insertTab", "setTabText",
    "setTabToolTip", "addMenu", "addAction", "addRow", "addItem", "addItems", "showMessage",
    "information", "warning", "critical", "question", "about", "getText", "getItem",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QMessageBox", "QMenu", "setAccessibleName", "setAccessibleDescription", "setButtonText",
    "QCommandLinkButton", "drawText", "setNameFilter", "getSaveFileName", "getOpenFileName",
    "setCheckBoxText", "setEmptyText", "set_empty", "setHtml", "QTableWidgetItem", "QListWidgetItem",
    "QStandardItem", "LegendItem", "setLabel", "addLegend", "addLine", "TextItem",
}
WORDS = re.compile(r"[A-Za-z]{2,}")
# Not words: identifiers and paths ("summary_day", "a.b", "x/y"), a colour
NOT_WORDS = re.compile(r"^(?:\S*[_./:\\]\S*|#[0-9A-Fa-f]{3,8})$")
LOGGERS = {"log", "logger", "logging", "_log", "LOG"}
TAGS = re.compile(r"<[^<>]*>|&\w+;")  # markup is not words
NAMES = re.compile(r"\bBalans\b")  # the product's name is the same in every language



def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def bare_strings(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node) not in SHOWN:
            continue
        receiver = getattr(node.func, "value", None)
        if getattr(receiver, "id", None) in LOGGERS:
            continue
        args = list(node.args) + [k.value for k in node.keywords
                                  if k.arg in ("text", "title", "toolTip", "label")]
        for arg in args:
            for part in (arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]):
                text = _text(part)
                text = NAMES.sub("", TAGS.sub("", text)) if text else text
                if text and WORDS.search(text) and not NOT_WORDS.match(text.strip()):
                    found.append((part.lineno, text))
    return found


def test_no_string_reaches_the_screen_without_tr():
    problems = []
    for path in sorted((ROOT / "balans" / "desktop").rglob("*.py")):
        name = str(path.relative_to(ROOT))
        problems += [f"{name}:{line}: {text!r}" for line, text in bare_strings(path.read_text())]
    assert problems == []


def test_the_check_finds_a_bare_string():
    source = ("label = QLabel('Waiting customers')\n"
              "button.setToolTip(f'{n} waiting')\n"
              "ok = QLabel(self.tr('Waiting customers'))\n"
              "colour.setText('#3B7DD8')\n")
    assert bare_strings(source) == [(1, "Waiting customers"), (2, " waiting")]
