import pytest

from bilingua.align_eval import parse_path, score_alignments
from bilingua.errors import BilinguaError
from bilingua.render.alignment import to_path
from bilingua.types import Alignment, Block, Document

GOLD = "[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n[4]:[3]\n"
PRED = "[0]:[0]:0.9\n[1]:[1]:0.8\n[2]:[]:0.000\n[3]:[2]:0.4\n[4]:[3]:0.95\n"


def test_scores_a_hand_made_example():
    # precision over 5 predicted blocks: strict hits [0]:[0] and [4]:[3]; lax adds
    # [1]:[1] (1 is linked to 1 in the gold). Recall over the 3 gold blocks with two
    # sides: strict 2 ([1, 2]:[1] is missed), lax 3.
    s = score_alignments([parse_path(GOLD)], [parse_path(PRED)])
    assert s["precision_strict"] == pytest.approx(2 / 5)
    assert s["recall_strict"] == pytest.approx(2 / 3)
    assert s["f1_strict"] == pytest.approx(0.5)
    assert s["precision_lax"] == pytest.approx(3 / 5)
    assert s["recall_lax"] == pytest.approx(1.0)
    assert s["f1_lax"] == pytest.approx(0.75)


def test_perfect_prediction_scores_one():
    gold = parse_path(GOLD)
    assert score_alignments([gold], [gold])["f1_strict"] == 1.0


def test_path_format_round_trip():
    src = Document(text="", lang="fa")
    alignment = Alignment(src, src, [Block((0,), (0, 1), 0.8712), Block((1,), (), 0.0), Block((), (2,), 0.0),
                                     Block((2, 3), (3,), 0.5)])
    text = to_path(alignment)
    assert text.splitlines()[:2] == ["[0]:[0, 1]:0.871", "[1]:[]:0.000"]
    assert parse_path(text) == [(b.source, b.target) for b in alignment.blocks]


def test_bad_path_line_is_a_clear_error():
    with pytest.raises(BilinguaError, match=r"pred.txt:2: not a path line"):
        parse_path("[0]:[0]\n0 -> 1\n", "pred.txt")
    with pytest.raises(BilinguaError, match=r"pred.txt:2: a block with no sentence on either side"):
        parse_path("[0]:[0]\n[]:[]:0.000\n", "pred.txt")
    with pytest.raises(BilinguaError, match="gold alignments"):
        score_alignments([[]], [])


def test_alignments_of_different_documents_or_with_a_sentence_twice_are_refused(tmp_path):
    from bilingua.align_eval import check_comparable

    gold = parse_path("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n")
    check_comparable(parse_path("[0, 1]:[0]\n[2]:[1]\n[3]:[]\n"), gold, "p", "g")
    for pred, says in (("", "no alignment blocks"), ("[0]:[0]\n[0]:[1]\n[1, 2, 3]:[]\n", "source sentence 0 is in"),
                       ("[0]:[0]\n[1]:[1]\n", "do not align the same documents")):
        with pytest.raises(BilinguaError, match=says):
            check_comparable(parse_path(pred), gold, "p", "g")


def test_a_sentence_in_no_block_is_named_in_a_warning_and_scored_as_not_found(tmp_path):
    from click.testing import CliRunner

    from bilingua.align_eval import unplaced
    from bilingua.cli import main

    assert unplaced(parse_path(GOLD)) == {"source": (0, []), "target": (0, [])}
    assert unplaced(parse_path("[0]:[0]\n[3]:[1, 3]\n")) == {"source": (2, [1, 2]), "target": (1, [2])}
    # counted from the gaps: a probe's sentence 10^11 took over 11 GB when every index was listed
    assert unplaced(parse_path("[0]:[0]\n[100000000000]:[1]\n")) == {"source": (99999999999, [1, 2, 3, 4, 5]),
                                                                     "target": (0, [])}
    assert unplaced(parse_path("[1]:[0]\n[3]:[1]\n[9]:[2]\n"), shown=4) == {"source": (7, [0, 2, 4, 5]),
                                                                            "target": (0, [])}
    (tmp_path / "gold.path").write_text("[0]:[0]\n[1]:[1]\n[2]:[2]\n", encoding="utf-8")
    (tmp_path / "pred.path").write_text("[0]:[0]:0.9\n[2]:[2]:0.8\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["align-eval", str(tmp_path / "pred.path"), str(tmp_path / "gold.path")])
    assert result.exit_code == 0
    assert "pred.path: 1 source sentence in no block (1); scored as not found" in result.stderr
    assert "pred.path: 1 target sentence in no block (1)" in result.stderr
    assert "gold.path" not in result.stderr and "recall 0.6667" in result.stdout


def test_both_from_standard_input_is_a_one_line_error():
    from click.testing import CliRunner

    from bilingua.cli import main

    result = CliRunner().invoke(main, ["align-eval", "-", "-"], input="[0]:[0]\n")
    assert result.exit_code == 1
    assert result.output.strip() == "bilingua: error: PRED and GOLD cannot both be read from standard input"
