"""``bilingua batch``: compare folders of Persian–English article pairs, resumably, in
parallel on one machine or on a Dask cluster.

:func:`pair_by_name` / :func:`pair_by_content` find the pairs, :func:`run_batch` runs them.
"""

from .content import pair_by_content
from .pairing import Pair, Pairing, Unpaired, pair_by_name
from .runner import BatchReport, run_batch

__all__ = ["Pair", "Pairing", "Unpaired", "pair_by_name", "pair_by_content", "run_batch", "BatchReport"]
