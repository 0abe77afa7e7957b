"""bilingua batch on a Dask distributed cluster started on the loopback address."""

from __future__ import annotations

from click.testing import CliRunner

from bilingua.cli import main
from test_batch import STORIES, embedding_cache, summary, write_marked  # noqa: F401 (fixture)


def test_batch_runs_on_a_local_dask_cluster(tmp_path):
    from distributed import LocalCluster

    src = write_marked(tmp_path / "in", {"metro": STORIES["metro"]})
    assert CliRunner().invoke(main, ["batch", str(src), "-o", str(tmp_path / "here")]).exit_code == 0
    with LocalCluster(host="127.0.0.1", n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        result = CliRunner().invoke(main, ["batch", str(src), "-o", str(tmp_path / "there"),
                                           "--cluster", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert [r["status"] for r in summary(tmp_path / "there")] == ["ok"]
    for name in ("summary.jsonl", "metro.compare.json", "metro.align.json"):
        assert (tmp_path / "here" / name).read_bytes() == (tmp_path / "there" / name).read_bytes()


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path, monkeypatch):
    from bilingua.batch import cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 2)
    src = write_marked(tmp_path / "in", {"metro": STORIES["metro"]})
    result = CliRunner().invoke(main, ["batch", str(src), "-o", str(tmp_path / "out"),
                                       "--cluster", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert not (tmp_path / "out").exists()  # nothing is created before the scheduler answers


def test_a_malformed_scheduler_address_is_refused_at_once(tmp_path):
    src = write_marked(tmp_path / "in", {"metro": STORIES["metro"]})
    for address, says in (("not a url", "missing port"), ("tcp://127.0.0.1:abc", "invalid literal"),
                          ("bogus://host:1", "unknown protocol 'bogus'")):
        result = CliRunner().invoke(main, ["batch", str(src), "-o", str(tmp_path / "out"), "--cluster", address])
        assert result.exit_code == 1, result.output
        assert result.output.startswith(f"bilingua: error: --cluster {address!r}: not a scheduler address")
        assert says in result.output and result.output.count("\n") == 1
