"""The few changes smsgate makes to openapi-python-client's own templates.

Rather than copying whole templates into the repo (and silently keeping stale copies when the
pinned version moves), each change is a literal replacement applied to the installed template at
generation time. A replacement that no longer matches exactly once stops the generator, so an
upgrade of openapi-python-client shows at once which patch needs a look.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import openapi_python_client

from . import GenerationError


@dataclass(frozen=True)
class TemplatePatch:
    template: str
    old: str
    new: str
    why: str


PATCHES = (
    TemplatePatch(
        template="types.py.jinja",
        old="    status_code: HTTPStatus\n",
        new="    status_code: int\n",
        why="A proxy can answer a status HTTPStatus does not know (520); keep the plain int.",
    ),
    TemplatePatch(
        template="endpoint_module.py.jinja",
        old="status_code=HTTPStatus(response.status_code),",
        new="status_code=response.status_code,",
        why="HTTPStatus(520) raises ValueError before the response can be looked at.",
    ),
    TemplatePatch(
        template="client.py.jinja",
        old='"token": namespace(type="str", default="",',
        new='"token": namespace(type="str", default="field(repr=False)",',
        why="repr(AuthenticatedClient) printed the API token.",
    ),
    TemplatePatch(
        template="client.py.jinja",
        old='_headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")',
        new='_headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)',
        why="The headers hold the Authorization value once a request was made.",
    ),
    TemplatePatch(
        template="models_init.py.jinja",
        old="""{% for import in imports | sort %}
{{ import }}
{% endfor %}
""",
        new="""from typing import TYPE_CHECKING

if TYPE_CHECKING:
{% for import in imports | sort %}
    {{ import }}
{% endfor %}
else:
    _MODULES = {
{% for import in imports | sort %}
        "{{ import.split(" ")[3] }}": "{{ import.split(" ")[1] }}",
{% endfor %}
    }

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value
""",
        why="Importing every model of a vendor at once cost about 150 ms at the first client; each loads on first "
        "use (type checkers still see every name, and no catch-all __getattr__).",
    ),
)


def installed_template_dir() -> Path:
    return Path(openapi_python_client.__file__).parent / "templates"


def write_patched_templates(target: Path) -> Path:
    """Write the patched copies of the templates PATCHES touches into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    source_dir = installed_template_dir()
    texts: dict[str, str] = {}
    for patch in PATCHES:
        text = texts.get(patch.template)
        if text is None:
            text = (source_dir / patch.template).read_text(encoding="utf-8")
        count = text.count(patch.old)
        if count != 1:
            raise GenerationError(
                f"template patch for {patch.template} ({patch.why}) matches {count} times instead of once: "
                f"openapi-python-client changed this template; review generator/templates.py"
            )
        texts[patch.template] = text.replace(patch.old, patch.new)
    for name, text in texts.items():
        (target / name).write_text(text, encoding="utf-8")
    return target
