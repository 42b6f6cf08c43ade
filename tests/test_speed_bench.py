"""bench.speed --callgrind sets the timed runs' CPU time on the very pages callgrind counts
beside the instructions: the pages after the warm-up, not the warm-up's nor those after."""

from __future__ import annotations

from pathlib import Path

from bench import speed


def test_window_cpu_ms_reads_the_counted_pages_of_each_run():
    warm = [100.0] * speed.WARMUP_PAGES
    runs = [{"cpu_ms_each": [*warm, 2.0, 4.0, 50.0]},
            {"cpu_ms_each": [*warm, 4.0, 6.0, 50.0]},
            {"cpu_ms_each": [*warm, 8.0, 10.0, 50.0]}]
    # Means 3, 5 and 9 over the two counted pages; their median.
    assert speed.window_cpu_ms(runs, 2) == 5.0


def test_callgrind_table_sets_time_beside_instructions(monkeypatch):
    counted = {"pressclip": 50.0, "trafilatura": 250.0}
    monkeypatch.setattr(speed, "instructions_per_page", lambda name, _file, _pages: counted[name])
    warm = [1.0] * speed.WARMUP_PAGES
    runs = {"pressclip": [{"cpu_ms_each": [*warm, 10.0]}],
            "trafilatura": [{"cpu_ms_each": [*warm, 40.0]}]}
    lines = speed.callgrind_table(runs, Path("pages.json"), 1).splitlines()
    row = next(line for line in lines if line.startswith("| pressclip"))
    # 5x fewer instructions, 4x less time: 5.0 M instructions a CPU ms against 6.2.
    assert [cell.strip() for cell in row.strip("|").split("|")] == [
        "pressclip", "50.0", "5.00x", "10.00", "4.00x", "5.0"]
