"""The library's entry points as a program embedding bilingua uses them: the names the
package offers, and the errors a wrong argument or a misfitting plug-in gets (a clear
message, never an AttributeError from deep inside)."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import bilingua
from bilingua.align import align_documents
from bilingua.compare import block_similarities, compare_documents, report_from_alignment
from bilingua.errors import BilinguaError
from bilingua.pipeline import document_from_text
from test_align_fakes import FakeEmbedder, doc, sentence

FA = "وزیر امور خارجه امروز به مسکو رفت. او با همتای روس خود دیدار کرد."


def pair(n=3):
    return doc([sentence(k) for k in range(n)], "fa"), doc([sentence(k) for k in range(n)], "en")


def test_the_package_offers_the_entry_points_without_importing_any_stage():
    code = ("import sys, bilingua\n"
            "print(sorted(m for m in sys.modules if m.startswith('bilingua.')))\n"
            "print(bilingua.compare_documents.__module__, bilingua.Document.__module__)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert out.splitlines() == ["[]", "bilingua.compare bilingua.types"]
    assert {"load_document", "document_from_text", "align_documents", "compare_documents", "Document",
            "Finding", "BilinguaError"} <= set(bilingua.__all__) <= set(dir(bilingua))
    assert all(getattr(bilingua, name) is not None for name in bilingua.__all__)
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        bilingua.nothing  # noqa: B018


def test_the_package_says_it_is_typed():
    assert (Path(bilingua.__file__).parent / "py.typed").is_file()


@pytest.mark.parametrize("text", [FA.encode("utf-8"), None, 123])
def test_text_that_is_not_a_str_is_a_type_error_that_says_so(text):
    with pytest.raises(TypeError, match=f"text must be a str, not {type(text).__name__}"):
        document_from_text(text)


@pytest.mark.parametrize("code", ["Persian", "xx", ""])
def test_a_language_code_detection_does_not_know_is_refused_as_on_the_command_line(code):
    with pytest.raises(BilinguaError, match="is not a language code bilingua knows"):
        document_from_text(FA, lang=code)
    assert document_from_text(FA, lang=" FA ", normalize=False).lang == "fa"


def test_documents_are_required_where_documents_are_aligned():
    source, target = pair()
    for wrong in ("a.fa.txt", None):
        with pytest.raises(TypeError, match="must be a Document"):
            align_documents(wrong, target, embedder=FakeEmbedder())
        with pytest.raises(TypeError, match="must be a Document"):
            compare_documents(source, wrong, embedder=FakeEmbedder())
    with pytest.raises(TypeError, match="needs an Alignment"):
        report_from_alignment(None)


def test_plug_ins_without_their_method_are_refused_by_name():
    source, target = pair()
    with pytest.raises(BilinguaError, match=r"the embedder \(object\) has no embed\(texts\) method"):
        align_documents(source, target, embedder=object())
    with pytest.raises(BilinguaError, match=r"the translator \(int\) has no translate\(texts\) method"):
        align_documents(source, target, embedder=FakeEmbedder(), translator=7)
    with pytest.raises(BilinguaError, match=r"not the str 'opus-mt-fa-en' \(bilingua.translate.load_translator"):
        align_documents(source, target, embedder=FakeEmbedder(), translator="opus-mt-fa-en")
    with pytest.raises(BilinguaError, match=r"the sentence splitter \(object\) has no split\(text, script\) method"):
        document_from_text(FA, splitter=object())


def test_a_translation_that_is_not_a_str_is_refused():
    class Nones:
        def translate(self, texts):
            return [None] * len(texts)

    with pytest.raises(BilinguaError, match="the translator returned NoneType for a sentence, not a str"):
        align_documents(*pair(), embedder=FakeEmbedder(), translator=Nones())


def test_the_meaning_check_reads_cosines_whatever_length_an_embedders_rows_have():
    class Long(FakeEmbedder):
        def embed(self, texts):
            return 3.0 * super().embed(texts)

    alignment = align_documents(*pair(), embedder=FakeEmbedder())
    unit = block_similarities(alignment, FakeEmbedder())
    assert block_similarities(alignment, Long()) == pytest.approx(unit)
    assert max(unit.values()) == pytest.approx(1.0)
