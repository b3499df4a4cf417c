"""The fork server's warm-up: no collector passes while the tables load, the settings restored."""

from __future__ import annotations

import gc

import pytest


def test_warm_up_without_collector_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.process
    from dateline.runners import preload

    seen: list[tuple[int, ...]] = []
    real = dateline.process.process_many

    def recording(*args, **kwargs):
        seen.append(gc.get_threshold())
        gc.enable()  # as srsly does after reading a model file: no pass may follow either
        return real(*args, **kwargs)

    monkeypatch.setattr(dateline.process, "process_many", recording)
    before = gc.get_threshold()
    gc.set_threshold(650, 9, 8)
    try:
        preload.warm_up()
        assert seen == [(0, 9, 8)]
        assert gc.get_threshold() == (650, 9, 8)
        assert gc.isenabled()
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
