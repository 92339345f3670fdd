# nstrip-boilerplate: keep an article's paragraphs, drop the boilerplate.
BIN += nstrip-boilerplate
LIBOBJ += lib/html.o lib/learn.o lib/shape.o lib/stop.o lib/strip.o lib/tab/stopwords.o
FUZZ += fuzz_html fuzz_strip
TABLES += table-stopwords

# This file defines a target before the Makefile's first one: keep `all` the default.
.DEFAULT_GOAL := all

# STOPWORDS_ISO: the npm package stopwords-iso (npm install stopwords-iso).
STOPWORDS_ISO = node_modules/stopwords-iso

table-stopwords:
	python3 lib/gen/mkstop.py $(STOPWORDS_ISO) >lib/tab/stopwords.c.new
	mv lib/tab/stopwords.c.new lib/tab/stopwords.c
