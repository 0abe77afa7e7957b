"""The audit of the reference translations that benchmarks/bench_compare.py reads."""

import pytest

from bench_compare import AUDIT, audit_key, load_audit

HEADER = "# a comment\ncorpus\tdoc_id\ttype\tsource\ttarget\tverdict\treason\n"


def write(tmp_path, rows):
    path = tmp_path / "audit.tsv"
    path.write_text(HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_load_audit_keys_by_source_or_target(tmp_path):
    path = write(tmp_path, [("ntrex128", "a.1", "number_mismatch", "4", "4", "true", "year: 1967 vs ۱۹۷۶"),
                            ("ntrex128", "a.1", "addition", "", "7,8", "false", "split differently"),
                            ("tico19", "w", "omission", "2,3", "", "false", "")])
    audit = load_audit(path)
    assert audit == {("ntrex128:a.1", "number_mismatch", "source", (4,)): True,
                     ("ntrex128:a.1", "addition", "target", (7, 8)): False,
                     ("tico19:w", "omission", "source", (2, 3)): False}
    # a finding is matched by its source indices, by its target ones only without a source
    assert audit_key("ntrex128:a.1", "number_mismatch", (4,), (5,)) in audit
    assert audit_key("ntrex128:a.1", "addition", (), [7, 8]) in audit
    assert audit_key("ntrex128:a.1", "addition", (1,), [7, 8]) not in audit


@pytest.mark.parametrize("row", [
    ("ntrex128", "a", "number_mismatch", "4", "4", "yes", "bad verdict"),
    ("ntrex128", "a", "numbers", "4", "4", "true", "bad type"),
    ("ntrex128", "a", "number_mismatch", "", "", "true", "no indices"),
    ("ntrex128", "a", "number_mismatch", "4;5", "4", "true", "bad indices"),
    ("ntrex128", "a", "number_mismatch", "4", "4", "true"),
])
def test_load_audit_rejects_malformed_lines(tmp_path, row):
    with pytest.raises(ValueError):
        load_audit(write(tmp_path, [row]))


def test_load_audit_rejects_duplicates(tmp_path):
    row = ("ntrex128", "a", "number_mismatch", "4", "4", "true", "x")
    with pytest.raises(ValueError, match="twice"):
        load_audit(write(tmp_path, [row, row]))


def test_the_project_audit_parses():
    audit = load_audit(AUDIT)
    assert audit and any(audit.values()) and not all(audit.values())
