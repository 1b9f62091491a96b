"""The evaluation gate: summaries of our own articles against our own reference summaries."""

import json
import shutil

import pytest

from conftest import FIXTURES
from quality import BASELINE
from test_keypoints import GOLD

pytest.importorskip("rouge_score")

REFERENCES = GOLD / "summaries"


@pytest.mark.parametrize("algorithm", sorted(BASELINE["rouge"]))
def test_rouge_stays_above_the_baseline(run, tmp_path, algorithm):
    articles = tmp_path / "articles"
    articles.mkdir()
    references = sorted(REFERENCES.glob("*.txt"))
    assert len(references) >= 5
    for ref in references:
        shutil.copy(FIXTURES / ref.name, articles / ref.name)
    result = run("eval", articles, REFERENCES, "-a", algorithm, "-f", "json")
    assert result.exit_code == 0, result.stderr
    scores = json.loads(result.stdout)["algorithms"][algorithm]
    floors = BASELINE["rouge"][algorithm]
    low = {k: (round(scores[k], 3), floor) for k, floor in floors.items() if scores[k] < floor}
    assert not low, f"{algorithm} below tests/baseline.toml: {low}"
