"""Renderers: turn results into table, json, tsv, path, tmx or html text.

They know nothing of how results were computed; each takes plain data types and
returns a string (the table renderer prints with rich instead).
"""
