"""bilingua: bilingual Persian–English documents — detect, normalise, translate, align, compare.

The package imports nothing heavy at the top level: torch, transformers and hazm are
imported only inside the stages that need them, so ``bilingua --help`` stays fast.
"""

__version__ = "0.1.0"
