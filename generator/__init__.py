"""smsgate's code generator: specs/ in, generated/ out.

Run ``python -m generator`` (or ``nox -s generate``). The steps, in order:

1. ``specs.py`` loads every vendor spec and checks it: OpenAPI validity, the project's
   conventions (specs/CONVENTIONS.md) and every example against its schema.
2. ``build.py`` runs openapi-python-client (with the template patches of ``templates.py``) for
   each vendor and datamodel-code-generator for the unified models, then ruff with a fixed rule
   selection, into a fresh folder.
3. ``provenance.py`` stamps the output with tool versions and the sha256 of every input and
   output, so that the drift check (``python -m generator --check``) can say what moved.
"""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = REPO_ROOT / "specs"
GENERATOR_DIR = REPO_ROOT / "generator"
CONFIG_DIR = GENERATOR_DIR / "config"
GENERATED_DIR = REPO_ROOT / "generated"
PACKAGE_NAME = "_smsgate_generated"
UNIFIED_SCHEMA_NAME = "unified.schema.json"
SPEC_SUFFIX = ".openapi.yaml"


class GenerationError(Exception):
    """Generation cannot go on; the message says which file, where and why."""
