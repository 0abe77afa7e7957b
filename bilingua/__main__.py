"""`python -m bilingua` runs the command line."""

from .cli import main

main()
