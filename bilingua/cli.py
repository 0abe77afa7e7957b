"""The ``bilingua`` command line: a thin Click layer over the library.

Each command parses options, calls the library and picks a renderer. Bad input ends
with one line on stderr and exit code 1; usage errors exit with 2 (Click's own).
"""

from __future__ import annotations

import sys

import click

from . import __version__
from .errors import BilinguaError


class BilinguaGroup(click.Group):
    """Turns library errors into one clear line and exit code 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BilinguaError as e:
            click.echo(f"bilingua: error: {e}", err=True)
            ctx.exit(1)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("bilingua: interrupted", err=True)
            ctx.exit(130)


def default_format(fmt: str | None) -> str:
    """Rich tables on a terminal, TSV when piped, unless ``--format`` says otherwise."""
    if fmt:
        return fmt
    return "table" if sys.stdout.isatty() else "tsv"


input_file = click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
output_option = click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
                             default="-", show_default=True, help="Where to write (- is stdout).")
presplit_option = click.option("--presplit", is_flag=True,
                               help="Input holds one sentence per line (blank lines separate paragraphs).")


@click.group(cls=BilinguaGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bilingua")
def main():
    """Bilingual Persian–English documents: detect, normalise, split, translate, align, compare."""


@main.command()
@input_file
@click.option("--by", "unit", type=click.Choice(["document", "paragraph", "sentence"]), default="sentence",
              show_default=True, help="Label the whole document, each paragraph or each sentence.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "tsv"]), help="Output format.")
@presplit_option
@output_option
def detect(file, unit, fmt, presplit, output):
    """Detect the language of FILE per document, paragraph or sentence."""
    from .pipeline import load_document
    from .render import segments as render
    from .types import Segment

    doc = load_document(file, presplit=presplit, normalize=False)
    if unit == "sentence":
        segments = doc.sentences
    elif unit == "paragraph":
        segments = doc.paragraphs
    else:
        segments = [Segment(0, len(doc.text), doc.text, 0, doc.lang, doc.lang_confidence)]
    _emit_segments(segments, default_format(fmt), ("lang",), output, file)


@main.command()
@input_file
@click.option("--format", "fmt", type=click.Choice(["table", "json", "tsv"]), help="Output format.")
@output_option
def split(file, fmt, output):
    """Split FILE into paragraphs and sentences, with offsets into the original."""
    from .pipeline import load_document

    doc = load_document(file, normalize=False)
    _emit_segments(doc.sentences, default_format(fmt), (), output, file)


@main.command()
@input_file
@click.option("--digits", type=click.Choice(["keep", "ascii", "persian"]), default="keep", show_default=True,
              help="Keep digits as written, or convert them all to ASCII or Persian digits.")
@output_option
def normalize(file, digits, output):
    """Print the normalised text of FILE (Persian letters, spacing, diacritics)."""
    from .normalize import PersianNormalizer, normalize_text
    from .output import write_output
    from .read import read_text

    text, _ = read_text(file)
    write_output(normalize_text(text, PersianNormalizer(digits)), output, (file,))


def _emit_segments(segments, fmt, fields, output, *inputs):
    from .output import write_output
    from .render import segments as render

    if fmt == "table" and output == "-":
        render.print_table(segments, fields)
    elif fmt == "json":
        write_output(render.to_json(segments, fields), output, inputs)
    else:
        write_output(render.to_tsv(segments, fields), output, inputs)
