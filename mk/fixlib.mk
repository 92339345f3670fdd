# fixlib: shared Unicode and HTML modules (HTML references, character
# properties, NFC normalization).  No program of its own.
LIBOBJ +=\
	lib/htmlent.o\
	lib/tab/htmlent.o

FUZZ +=\
	fuzz_htmlent

TABLES += tables-htmlent

tables-htmlent:
	python3 lib/gen/mkhtmlent.py >lib/tab/htmlent.c.new
	mv lib/tab/htmlent.c.new lib/tab/htmlent.c
