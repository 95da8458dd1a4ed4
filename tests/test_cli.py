from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args: str, tmp_path: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(tmp_path / "d")}
    env.pop("KIOSK_DATABASE_URL", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def test_help_lists_every_option(tmp_path):
    result = run_main("--help", tmp_path=tmp_path)
    assert result.returncode == 0
    for option in ("--db", "--config", "--windowed", "--demo", "--station", "KIOSK_DATABASE_URL"):
        assert option in result.stdout


def test_bad_setting_prints_one_line_and_exits_2(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[checkin]\ninterval_minutes = 0\n")
    result = run_main("--config", str(bad), tmp_path=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(bad) in lines[0] and "interval_minutes" in lines[0] and "5 to 60" in lines[0]
    assert "Traceback" not in result.stderr


def test_broken_questionnaire_is_named_by_file_and_link_id(tmp_path):
    folder = tmp_path / "q"
    shutil.copytree(ROOT / "resources" / "questionnaires", folder)
    path = folder / "recovery_checkin.json"
    data = json.loads(path.read_text())
    nausea = next(i for g in data["item"] for i in g.get("item", []) if i["linkId"] == "nausea")
    nausea["type"] = "slider-of-doom"
    path.write_text(json.dumps(data))
    config = tmp_path / "clinic.toml"
    config.write_text('[questionnaires]\nfolder = "q"\n')
    result = run_main("--config", str(config), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "recovery_checkin.json" in result.stderr and "nausea" in result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_database_exits_2_naming_it(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_main("--db", f"sqlite:///{blocker}/k.sqlite3", tmp_path=tmp_path)
    assert result.returncode == 2
    assert str(blocker) in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_kiosk_starts_and_keeps_running(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(tmp_path / "d")}
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--demo"], env=env,
                            stderr=subprocess.PIPE, text=True)
    try:
        seen = []
        for line in proc.stderr:  # blocks until the app logs; no sleeping
            seen.append(line)
            if "Recovery Kiosk is running" in line:
                break
        assert proc.poll() is None, "".join(seen)
        assert (tmp_path / "d" / "kiosk.sqlite3").exists()
        assert "Maya" not in "".join(seen), "no patient data in logs"
    finally:
        proc.kill()
        proc.wait(timeout=10)
        proc.stderr.close()
