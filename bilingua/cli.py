"""The ``bilingua`` command line: a thin Click layer over the library.

Each command parses options, calls the library and picks a renderer. Bad input and
usage errors end with one line on stderr and exit code 1 (:class:`BilinguaGroup`).
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter

import click

from . import __version__
from .errors import BilinguaError, SameLanguage
from .types import MAX_BLOCK


class BilinguaGroup(click.Group):
    """Turns library errors, and usage errors (a missing argument, an unknown option or
    value), into one clear line and exit code 1; a group called with nothing to do
    prints its help on stderr, also with exit code 1."""

    def parse_args(self, ctx, args):
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as e:  # the group's own options (bilingua --bogus)
            _usage_error(e, ctx)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.UsageError as e:
            _usage_error(e, ctx)
        except SameLanguage as e:  # only align and compare raise it, and both take the flag
            # an English rendering left mostly in Persian reads as Persian: its language can be given
            hint = "give --target-lang en where TARGET is an English rendering left partly in Persian, or " \
                if e.lang == "fa" else ""
            click.echo(f"bilingua: error: {_one_line(str(e))} ({hint}use --allow-same-language to align them anyway)",
                       err=True)
            ctx.exit(1)
        except BilinguaError as e:
            click.echo(f"bilingua: error: {_one_line(str(e))}", err=True)
            ctx.exit(1)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("bilingua: interrupted", err=True)
            ctx.exit(130)


def _one_line(message: str) -> str:
    """An error message on one line: a file name's newline or other control character
    written as its escape (a probe's name with a newline split the line in two)."""
    return "".join(repr(c)[1:-1] if unicodedata.category(c) == "Cc" else c for c in message)


def _usage_error(e: click.UsageError, ctx) -> None:
    where = e.ctx or ctx
    if isinstance(e, click.exceptions.NoArgsIsHelpError):  # `bilingua`, `bilingua models`
        click.echo(where.get_help(), err=True)
    else:
        message = " ".join(e.format_message().split())
        # an option missing its value (`split x -o`) comes without the subcommand's context
        path = where.command_path if e.ctx or not ctx.invoked_subcommand \
            else f"{ctx.command_path} {ctx.invoked_subcommand}"
        click.echo(f"bilingua: error: {message} (see '{path} --help')", err=True)
    ctx.exit(1)


def emit_table(print_table, args: tuple, output: str, inputs: tuple[str, ...]) -> None:
    """``--format table``: a rich table on the terminal; with ``-o FILE``, the same table as text.
    The terminal's table is drawn into a capture first and written as any output is, so
    that a console that cannot show Persian gets one clear message, not half a table."""
    from .output import write_output
    from .render import table_text

    if output == "-":
        write_output(table_text(print_table, *args, terminal=True))
    else:
        write_output(table_text(print_table, *args), output, inputs)


_FORMAT_OF_EXTENSION = {".json": "json", ".tsv": "tsv", ".html": "html", ".htm": "html", ".tmx": "tmx",
                        ".path": "path"}


def default_format(fmt: str | None, output: str | None) -> str:
    """``--format`` where given. Else, into a file (``-o``), the format its extension names
    where the command has it (report.json), or TSV: a file's bytes never depend on
    whether a terminal is watching (a probe's `-o out` held a table or TSV by how it was
    started). On stdout: a rich table on a terminal, TSV when piped."""
    if fmt:
        return fmt
    if output not in (None, "-"):
        import os

        wanted = _FORMAT_OF_EXTENSION.get(os.path.splitext(output)[1].lower())
        return wanted if wanted in _format_choices() else "tsv"
    return "table" if sys.stdout.isatty() else "tsv"


def _format_choices() -> tuple[str, ...]:
    """The values the running command's ``--format`` takes."""
    command = click.get_current_context().command
    return next((tuple(p.type.choices) for p in command.params if p.name == "fmt"), ())


def counted(n: int, noun: str) -> str:
    """``1 pair``, ``2 pairs``."""
    return f"{n} {noun}{'s' if n != 1 else ''}"


# Paths are checked by the library, not by Click, so that an unreadable input or a
# folder given as output is bad input (one line, exit 1), not a usage error.
unchecked_path = click.Path(allow_dash=True, readable=False)
input_file = click.argument("file", type=unchecked_path)
output_option = click.option("-o", "--output", type=unchecked_path,
                             default="-", show_default=True, help="Where to write (- is stdout).")
presplit_option = click.option("--presplit", is_flag=True,
                               help="Input holds one sentence per line (blank lines separate paragraphs).")


def pair_arguments(command):
    """SOURCE and TARGET, the two versions of a document (align, compare)."""
    command = click.argument("target", type=unchecked_path)(command)
    return click.argument("source", type=unchecked_path)(command)


def language_code(ctx, param, value):
    """A language option's value: a code such as fa or en (any case), one detection knows."""
    from .pipeline import known_language

    try:
        return known_language(value)
    except BilinguaError as e:
        raise click.BadParameter(str(e)) from None


def _warn_if_not_presplit(doc) -> None:
    """A note where a file read with --presplit holds lines of several sentences (a
    paragraph a line): they are aligned whole, and a sentence left out of one shows as
    changed numbers and names rather than as an omission."""
    from .segment import several_sentence_lines

    several = several_sentence_lines(doc)
    if several and several >= len(doc.sentences) / 5:
        click.echo(f"bilingua: note: --presplit: {several} of {len(doc.sentences)} lines of {doc.name} hold more "
                   "than one sentence; they are aligned whole (leave out --presplit to split them)", err=True)


def _note_removed_lines(doc) -> None:
    """A note where cleaning removed lines before aligning (page furniture, a footer,
    reader comments): they are in no alignment, so none disappears unsaid."""
    removed = doc.metadata.get("removed") or []
    if removed:
        reasons = ", ".join(f"{reason} {n}" for reason, n in sorted(Counter(r["reason"] for r in removed).items()))
        click.echo(f"bilingua: note: cleaning removed {len(removed)} line{'s' * (len(removed) > 1)} of {doc.name} "
                   f"({reasons}); `bilingua clean {doc.name}` lists them, `--presplit` keeps every line", err=True)


def load_pair(source: str, target: str, presplit: bool, source_lang: str | None, target_lang: str | None):
    """The two documents of align and compare."""
    from .pipeline import load_document

    if source == target == "-":
        raise BilinguaError("SOURCE and TARGET cannot both be read from standard input")
    documents = (load_document(source, presplit=presplit, lang=source_lang),
                 load_document(target, presplit=presplit, lang=target_lang))
    for doc, given in zip(documents, (source_lang, target_lang)):
        if presplit:
            _warn_if_not_presplit(doc)
        _note_removed_lines(doc)
        if {given, doc.metadata.get("detected_lang")} == {"fa", "en"}:
            click.echo(f"bilingua: warning: {doc.name} is given as {given!r} but reads as "
                       f"{doc.metadata['detected_lang']!r}; check --source-lang/--target-lang", err=True)
        if doc.lang not in ("fa", "en"):
            # Aligning works between any two languages, but the checks of names, dates,
            # spelled numbers and left-in Persian are written for Persian and English.
            what = ("no language could be told" if doc.lang == "unknown" else
                    f"it is given as {doc.lang!r}" if given else f"it reads as {doc.lang!r}")
            advice = "" if given else " (--source-lang/--target-lang to say otherwise)"
            click.echo(f"bilingua: warning: {doc.name}: {what}, not Persian or English; bilingua's checks are "
                       f"written for those two{advice}", err=True)
    if (source_lang, target_lang) == (None, None) and [d.lang for d in documents] == ["en", "fa"]:
        # an English original is possible, Persian first is what SOURCE TARGET usually means
        click.echo(f"bilingua: note: SOURCE ({documents[0].name}) is English and TARGET Persian: the English is "
                   "read as the original, so what the Persian lacks is an omission; swap them if the Persian "
                   "is the original", err=True)
    return documents


def pair_options(command):
    """How the two versions are read and aligned (align, compare): one numbering of sentences."""
    for option in reversed([
        presplit_option,
        click.option("--source-lang", callback=language_code,
                     help="Language of SOURCE (fa, en, ar, …), instead of detecting it."),
        click.option("--target-lang", callback=language_code,
                     help="Language of TARGET (fa, en, ar, …), instead of detecting it."),
        click.option("--max-block", type=click.IntRange(1, MAX_BLOCK), default=4, show_default=True,
                     help="Most sentences on one side of an aligned block."),
        click.option("--allow-same-language", is_flag=True, help="Accept two texts in the same language."),
    ]):
        command = option(command)
    return command


@click.group(cls=BilinguaGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bilingua")
def main():
    """Bilingual Persian–English documents: detect, normalize, split, translate, align, compare."""


@main.command(short_help="Label the language of each document, paragraph or sentence.")
@input_file
@click.option("--by", "unit", type=click.Choice(["document", "paragraph", "sentence"]), default="sentence",
              show_default=True, help="Label the whole document, each paragraph or each sentence.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "tsv"]), help="Output format.")
@presplit_option
@output_option
def detect(file, unit, fmt, presplit, output):
    """Detect the language of FILE per document, paragraph or sentence."""
    from .pipeline import load_document
    from .types import Segment

    doc = load_document(file, presplit=presplit, normalize=False)
    if unit == "sentence":
        segments = doc.sentences
    elif unit == "paragraph":
        segments = doc.paragraphs
    else:
        segments = [Segment(0, len(doc.text), doc.text, 0, doc.lang, doc.lang_confidence)]
    _emit_segments(segments, default_format(fmt, output), ("lang",), output, file)


@main.command(short_help="Split a file into sentences, with paragraphs and offsets.")
@input_file
@click.option("--format", "fmt", type=click.Choice(["table", "json", "tsv"]), help="Output format.")
@output_option
def split(file, fmt, output):
    """Split FILE into sentences, with their paragraph numbers and character offsets.

    Offsets point into the article text after cleaning (what `bilingua clean --format
    text` prints), which is the file's own text when nothing is removed."""
    from .pipeline import load_document

    doc = load_document(file, normalize=False)
    _emit_segments(doc.sentences, default_format(fmt, output), (), output, file)


@main.command(short_help="Print the normalised text of a file.")
@input_file
@click.option("--digits", type=click.Choice(["keep", "ascii", "persian"]), default="keep", show_default=True,
              help="Keep digits as written, or convert them all to ASCII or Persian digits.")
@output_option
def normalize(file, digits, output):
    """Print the normalised text of FILE (Persian letters, spacing, diacritics).

    FILE is read like every other input (.txt, .md, .html or .docx); nothing is
    cleaned away, so every line of the text comes out normalised."""
    from .clean import read_article
    from .normalize import PersianNormalizer, normalize_text
    from .output import write_output

    text = read_article(file, clean=False).text
    write_output(normalize_text(text, PersianNormalizer(digits)), output, (file,))


@main.command(short_help="Compare every Persian–English pair in folders or manifests.")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(readable=False),
              help="Folder for the reports, summary.jsonl and index.html.")
@click.option("--mode", type=click.Choice(["translation", "coverage"]), default="translation", show_default=True,
              help="translation: checking a rendering; coverage: English coverage of a Persian report.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes on this machine (each loads the models once).")
@click.option("--cluster", metavar="ADDRESS", help="Run on a Dask scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option("--pair-by", "pair_by", type=click.Choice(["name", "content"]), default="name", show_default=True,
              help="Pair files by name (story.fa.txt, fa/story.txt, a .tsv manifest) or by content.")
@click.option("--html", is_flag=True, help="Also write an HTML report per pair.")
@click.option("--force", is_flag=True, help="Redo pairs whose outputs are already complete.")
def batch(inputs, out_dir, mode, workers, cluster, pair_by, html, force):
    """Compare every Persian–English pair in INPUT... (folders, files, TSV manifests).

    Exit code 1 when any pair failed; the reasons are in OUTPUT/summary.jsonl."""
    from .batch import pair_by_content, pair_by_name, run_batch

    if not out_dir:
        raise BilinguaError("an empty output path: name the output folder")
    if pair_by == "content":
        pairing = pair_by_content(list(inputs), exclude=out_dir)
    else:
        pairing = pair_by_name(list(inputs), exclude=out_dir)
    if not pairing.pairs:
        n = len(pairing.unpaired)
        unpaired = f": {counted(n, 'file')} without a counterpart" if n else ""
        if pair_by == "content":
            why = sorted({u.reason for u in pairing.unpaired})
            raise BilinguaError(f"no Persian–English pairs in {', '.join(inputs)}{unpaired}"
                                + (f" ({'; '.join(why[:3])})" if why else ""))
        raise BilinguaError(f"no Persian–English pairs in {', '.join(inputs)}{unpaired} (pairs are named story.fa.txt "
                            "and story.en.txt, or fa/story.txt and en/story.txt; see also --pair-by content)")
    report = run_batch(pairing, out_dir, mode=mode, html=html, workers=workers, cluster=cluster, force=force)
    for record in report.records:
        if record["status"] == "failed":
            click.echo(f"failed: {record['name']}: {record['error']}", err=True)
        elif record["status"] == "unpaired":
            click.echo(f"unpaired: {record['path']}: {record['error']}", err=True)
    click.echo(f"{counted(report.done + report.failed, 'pair')}: {report.done - report.skipped} compared, "
               f"{report.skipped} already done, {report.failed} failed; {counted(report.unpaired, 'unpaired file')}. "
               f"See {out_dir}/index.html")
    if report.failed:
        sys.exit(1)


@main.command(short_help="Report what differs between a text and its translation.")
@pair_arguments
@click.option("--mode", type=click.Choice(["translation", "coverage"]), default="translation", show_default=True,
              help="translation: checking a rendering; coverage: English coverage of a Persian report.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "html", "tsv"]),
              help="Output format (default: table on a terminal, tsv when piped).")
@pair_options
@output_option
def compare(source, target, mode, fmt, presplit, source_lang, target_lang, max_block, allow_same_language, output):
    """Report what differs between SOURCE (Persian) and TARGET (its English version).

    Findings: omission, addition, number_mismatch, date_mismatch, name_mismatch,
    untranslated, low_similarity; sentence indices are those of `bilingua split`."""
    from .compare import compare_documents
    from .output import write_output
    from .render import report as render

    fmt = default_format(fmt, output)
    src, tgt = load_pair(source, target, presplit, source_lang, target_lang)
    report = compare_documents(src, tgt, mode=mode, max_block=max_block, allow_same_language=allow_same_language,
                               translator=_compare_translator(src.lang, tgt.lang))
    if fmt == "table":
        emit_table(render.print_table, (report,), output, (source, target))
    elif fmt == "json":
        write_output(render.to_json(report), output, (source, target))
    elif fmt == "html":
        from .render.html import report_to_html

        write_output(report_to_html(report), output, (source, target))
    else:
        write_output(render.to_tsv(report), output, (source, target))


def _compare_translator(source_lang, target_lang):
    from .translate import configured_translator

    return configured_translator(source_lang, target_lang)


@main.command(short_help="Separate an article from page furniture and comments.")
@input_file
@click.option("--format", "fmt", type=click.Choice(["table", "json", "tsv", "text"]),
              help="table/json/tsv: every line with what became of it and why; text: the article body.")
@click.option("--keep-comments", is_flag=True,
              help="Keep reader comments, as a separate section (never in the body).")
@click.option("--extractor", type=click.Choice(["trafilatura", "justext", "visible"]), default="trafilatura",
              show_default=True, help="How the article is found in an HTML page.")
@output_option
def clean(file, fmt, keep_comments, extractor, output):
    """Separate the article in FILE (.txt, .md, .html, .docx) from page furniture and comments.

    Shows which lines were kept and which were removed, and why; every other command
    reads its input the same way."""
    from .clean import read_article
    from .output import write_output
    from .render import cleaning as render

    article = read_article(file, keep_comments=keep_comments, extractor=extractor)
    fmt = default_format(fmt, output)
    if fmt == "table":
        emit_table(render.print_table, (article,), output, (file,))
    else:
        to_text = {"json": render.to_json, "text": render.to_text}.get(fmt, render.to_tsv)
        write_output(to_text(article), output, (file,))


@main.command(short_help="Translate a file sentence by sentence (Persian ↔ English).")
@input_file
@click.option("--from", "source_lang", type=click.Choice(["fa", "en"]), help="Source language (default: detected).")
@click.option("--to", "target_lang", type=click.Choice(["fa", "en"]), help="Target language (default: the other one).")
@click.option("--model", help="Store name, model directory or hub id (default: the direction's configured model).")
@click.option("--engine", type=click.Choice(["auto", "torch", "ct2"]), default="auto", show_default=True,
              help="auto: CTranslate2 int8 where it can run the model, else transformers.")
@click.option("--beams", type=click.IntRange(1, 16), default=1, show_default=True, help="1: greedy; more: beam search.")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the on-disk translation cache.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "tsv"]), default="text", show_default=True)
@presplit_option
@output_option
def translate(file, source_lang, target_lang, model, engine, beams, device, no_cache, fmt, presplit, output):
    """Translate FILE sentence by sentence, keeping its paragraphs (Persian ↔ English)."""
    from .output import write_output
    from .pipeline import load_document
    from .render import translation as render
    from .translate import load_translator

    if model is not None and not model.strip():  # `--model ""` used the default model unasked
        raise BilinguaError("an empty --model: name a stored model, a model folder or a hub id")
    doc = load_document(file, presplit=presplit, normalize=False, lang=source_lang)
    source = source_lang or doc.lang
    if source not in ("fa", "en"):
        raise BilinguaError(f"{doc.name}: cannot tell whether it is Persian or English (detected {source}); "
                            "pass --from fa or --from en")
    target = target_lang or ("en" if source == "fa" else "fa")
    translator = load_translator(source, target, model, engine=engine, beams=beams, device=device,
                                 cache=not no_cache, progress=True)
    translations = translator.translate([s.text for s in doc.sentences])
    if fmt == "json":
        text = render.to_json(doc, translations, source, target, translator.model)
    else:
        text = render.to_tsv(doc, translations) if fmt == "tsv" else render.to_text(doc, translations)
    write_output(text, output, (file,))


@main.group(short_help="Translation models: list, import, remove, set defaults.")
def models():
    """Translation models: list, inspect, import, remove, choose defaults."""


@models.command("list", short_help="List stored models, or known public ones.")
@click.option("--available", is_flag=True, help="List known public models (catalogue) instead of stored ones.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "tsv"]), help="Output format.")
def models_list(available, fmt):
    """List stored models (or, with --available, known public ones and where to get them)."""
    from . import models as store
    from .output import write_output
    from .render import models as render

    if available:
        records = render.catalogue_records(store.catalogue())
        columns, title = ["name", "direction", "licence", "scores", "download"], "known public models"
    else:
        stored, problems = store.list_models()
        for problem in problems:
            click.echo(f"bilingua: warning: {problem}; not listed (`bilingua models remove NAME` deletes it)",
                       err=True)
        records = render.stored_records(stored, store.read_config()["defaults"])
        columns, title = ["name", "source_lang", "target_lang", "default", "converted_from", "origin"], \
            f"models in {store.models_dir()}"
    fmt = default_format(fmt, None)
    if fmt == "table":
        emit_table(render.print_table, (records, columns, title), "-", ())
    else:
        write_output(render.to_json(records) if fmt == "json" else render.to_tsv(records, columns))


@models.command("info", short_help="Show a stored model's manifest, size and default status.")
@click.argument("name")
def models_info(name):
    """Show one stored model's manifest, size and default status as JSON."""
    from . import models as store
    from .output import write_output
    from .render import models as render

    record = render.stored_records([store.model_info(name)], store.read_config()["defaults"])[0]
    record["size_bytes"] = store.directory_size(record["path"])
    write_output(render.to_json([record]))


@models.command("remove")
@click.argument("name")
def models_remove(name):
    """Delete a stored model."""
    from . import models as store

    removed = store.remove_model(name)
    click.echo(f"removed {removed} from {store.models_dir()}", err=True)


@models.command("import", short_help="Import a MarianNMT release or a transformers model folder.")
@click.argument("source")
@click.option("--name", help="Name in the store (default: from the file or folder name).")
@click.option("--direction", type=click.Choice(["fa-en", "en-fa"]),
              help="Direction (default: from the release README; required for transformers directories).")
@click.option("--default/--no-default", "make_default", default=None,
              help="Make it the direction's default (default: when the direction has none yet).")
@click.option("--force", is_flag=True, help="Replace a stored model of the same name.")
def models_import(source, name, direction, make_default, force):
    """Import a MarianNMT release (zip, URL or folder) or a transformers model directory."""
    from . import models as store
    from .marian_import import import_model

    info, smoke = import_model(source, name, direction, force)
    click.echo(f"imported {info.name} ({info.direction}) into {info.path}", err=True)
    click.echo(f"smoke translation: {smoke!r}", err=True)
    if make_default or (make_default is None and not store.read_config()["defaults"].get(info.direction)):
        store.set_default(info.direction, info.name)
        click.echo(f"{info.name} is now the default {info.direction} model", err=True)


@models.command("default")
@click.argument("direction", type=click.Choice(["fa-en", "en-fa"]))
@click.argument("name")
def models_default(direction, name):
    """Make NAME the default model of DIRECTION."""
    from . import models as store

    store.set_default(direction, name)
    click.echo(f"{name} is now the default {direction} model", err=True)


def _emit_segments(segments, fmt, fields, output, *inputs):
    from .output import write_output
    from .render import segments as render

    if fmt == "table":
        emit_table(render.print_table, (segments, fields), output, inputs)
    elif fmt == "json":
        write_output(render.to_json(segments, fields), output, inputs)
    else:
        write_output(render.to_tsv(segments, fields), output, inputs)


@main.command(short_help="Align the sentences of a text with those of its translation.")
@pair_arguments
@click.option("--mode", type=click.Choice(["translation", "coverage"]), default="translation", show_default=True,
              help="translation: monotone m-n blocks; coverage: any order, for coverage that reorders and condenses.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "tsv", "path", "tmx"]),
              help="Output format (default: table on a terminal, tsv when piped).")
@pair_options
@click.option("--mt", is_flag=True, help="Also compare a machine translation of SOURCE (needs a configured model).")
@output_option
def align(source, target, mode, fmt, presplit, source_lang, target_lang, max_block, allow_same_language, mt, output):
    """Align the sentences of SOURCE (the original) with those of TARGET (its other version).

    Every sentence of both sides is in exactly one block; indices are 0-based, in the
    order of `bilingua split` (or of the lines, with --presplit)."""
    from .align import align_documents
    from .output import write_output
    from .render import alignment as render

    fmt = default_format(fmt, output)
    src, tgt = load_pair(source, target, presplit, source_lang, target_lang)
    translator = None
    if mt:
        from .translate import configured_translator

        translator = configured_translator(src.lang, tgt.lang)
        if translator is None:
            raise BilinguaError(f"--mt: no translation model is configured for {src.lang}-{tgt.lang}")
    alignment = align_documents(src, tgt, mode=mode, max_block=max_block, translator=translator,
                                allow_same_language=allow_same_language)
    if fmt == "table":
        emit_table(render.print_table, (alignment,), output, (source, target))
    else:
        write_output(render.RENDERERS.get(fmt, render.to_tsv)(alignment), output, (source, target))


@main.command("align-eval", short_help="Score a path file against a gold path file.")
@click.argument("pred", type=click.Path(readable=False))
@click.argument("gold", type=click.Path(readable=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def align_eval(pred, gold, fmt):
    """Score the path file PRED against the gold path file GOLD (Vecalign's strict and
    lax precision, recall and F1)."""
    import json

    from .align_eval import check_comparable, parse_path, score_alignments, unplaced
    from .read import read_text

    if pred == gold == "-":
        raise BilinguaError("PRED and GOLD cannot both be read from standard input")
    gold_blocks, pred_blocks = parse_path(read_text(gold)[0], gold), parse_path(read_text(pred)[0], pred)
    check_comparable(pred_blocks, gold_blocks, pred, gold)
    for name, blocks in ((pred, pred_blocks), (gold, gold_blocks)):
        for label, (missing, first) in unplaced(blocks).items():
            if missing:
                shown = ", ".join(map(str, first)) + (", …" if missing > len(first) else "")
                click.echo(f"bilingua: warning: {name}: {counted(missing, label + ' sentence')} in no block "
                           f"({shown}); scored as not found", err=True)
    scores = score_alignments([gold_blocks], [pred_blocks])
    if fmt == "json":
        click.echo(json.dumps({k: round(v, 6) for k, v in scores.items()}, indent=2))
    else:
        for kind in ("strict", "lax"):
            click.echo(f"{kind}\tprecision {scores[f'precision_{kind}']:.4f}\trecall {scores[f'recall_{kind}']:.4f}"
                       f"\tF1 {scores[f'f1_{kind}']:.4f}")
