"""The release check of ``nox -s build`` (``tests/release_check.py``) refuses what a release must not ship."""

from __future__ import annotations

from tests.release_check import ENTRY_POINTS, REQUIRED_IN_WHEEL, sdist_problems, wheel_problems

GOOD = [*REQUIRED_IN_WHEEL, "smsgate/_client.py", "smsgate-0.1.0.dist-info/METADATA"]
ENTRY_POINTS_TXT = "[console_scripts]\n" + ENTRY_POINTS[0] + "\n\n[pytest11]\n" + ENTRY_POINTS[1] + "\n"


def test_a_sound_wheel_passes() -> None:
    assert wheel_problems(GOOD, ENTRY_POINTS_TXT) == []


def test_a_wheel_missing_its_typing_marker_or_a_spec_fails() -> None:
    names = [name for name in GOOD if name not in ("smsgate/py.typed", "_smsgate_generated/smspartner/openapi.json")]
    assert wheel_problems(names, ENTRY_POINTS_TXT) == [
        "the wheel lacks smsgate/py.typed",
        "the wheel lacks _smsgate_generated/smspartner/openapi.json",
    ]


def test_a_wheel_with_tests_or_caches_fails() -> None:
    names = [*GOOD, "tests/cli/test_cli.py", "smsgate/__pycache__/cli.cpython-311.pyc", "bench/campaign.py"]
    assert wheel_problems(names, ENTRY_POINTS_TXT) == [
        "the wheel holds tests/cli/test_cli.py, which is not for consumers",
        "the wheel holds smsgate/__pycache__/cli.cpython-311.pyc, which is not for consumers",
        "the wheel holds bench/campaign.py, which is not for consumers",
    ]


def test_a_wheel_without_its_script_fails() -> None:
    assert wheel_problems(GOOD, "[pytest11]\n" + ENTRY_POINTS[1]) == [
        f"the wheel's entry points lack {ENTRY_POINTS[0]!r}"
    ]


def test_an_sdist_without_the_specs_fails() -> None:
    names = ["smsgate-0.1.0/pyproject.toml", "smsgate-0.1.0/README.md", "smsgate-0.1.0/generator/build.py",
             "smsgate-0.1.0/overrides/smsgate/cli.py", "smsgate-0.1.0/generated/provenance.json"]  # fmt: skip
    assert sdist_problems(names) == ["the sdist lacks specs/"]
