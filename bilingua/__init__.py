"""bilingua: bilingual Persian–English documents — detect, normalise, translate, align, compare.

The package imports nothing heavy at the top level: torch, transformers and hazm are
imported only inside the stages that need them, so ``bilingua --help`` stays fast. The
names in ``__all__`` are the library's entry points, each imported from its stage's
module on first use (``bilingua.compare_documents`` is
``bilingua.compare.compare_documents``).
"""

import importlib

__version__ = "0.1.0"

_HOMES = {
    "load_document": "pipeline", "document_from_text": "pipeline",
    "align_documents": "align", "alignment_to_dict": "align",
    "compare_documents": "compare", "report_from_alignment": "compare", "report_to_dict": "compare",
    "Document": "types", "Segment": "types", "Alignment": "types", "Block": "types", "Finding": "types",
    "BilinguaError": "errors", "SameLanguage": "errors",
}
__all__ = ["__version__", *_HOMES]


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'bilingua' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))
