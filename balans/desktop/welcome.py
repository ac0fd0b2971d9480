"""On an empty database: offer demo data or adding the team."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QProgressDialog

from balans.core.i18n import fill, translate


def offer_start_if_empty(window) -> None:  # noqa: ANN001 - MainWindow, avoiding a cycle
    ctx = window.ctx
    ctx.worker.submit(ctx.journal.count, lambda n: _offer(window, n) if n == 0 else None)


def _offer(window, _count: int) -> None:  # noqa: ANN001
    box = QMessageBox(window)
    box.setWindowTitle(translate("Welcome", "Welcome to Balans"))
    box.setText(translate("Welcome", "This database is empty."))
    box.setInformativeText(translate(
        "Welcome", "Load a simulated front office to look around, or add your team."))
    demo = box.addButton(translate("Welcome", "Load demo data"), QMessageBox.ButtonRole.AcceptRole)
    team = box.addButton(translate("Welcome", "Add the team"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("Welcome", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is demo:
        load_demo(window)
    elif box.clickedButton() is team:
        window.show_panel("roster")
        window.open_team()


def load_demo(window, days: int = 20, seed: int = 1) -> None:  # noqa: ANN001
    from balans.core.simulation.demo import fill_demo

    ctx = window.ctx
    dialog = QProgressDialog(translate("Welcome", "Simulating a front office…"), None, 0, 0,
                             window)
    dialog.setWindowTitle("Balans")
    dialog.setMinimumDuration(0)
    dialog.show()
    end = ctx.clock.now().date()

    def done(_stored: int) -> None:
        dialog.close()
        window.refresh_current()

    def failed(exc: Exception) -> None:
        dialog.close()
        window.show_error(fill(translate("Welcome", "Demo data could not be loaded: %1"), exc))

    ctx.slow.submit(lambda: fill_demo(ctx.journal, end, days, seed, ctx.tz), done, failed)
