# fixlib: shared Unicode and HTML modules (HTML references, character
# properties, NFC normalization).  No program of its own.
LIBOBJ +=\
	lib/htmlent.o\
	lib/tab/htmlent.o\
	lib/uchar.o\
	lib/tab/uchar.o

FUZZ +=\
	fuzz_htmlent

TABLES += tables-htmlent tables-uchar

# UCD: the Unicode Character Database (the Debian package unicode-data).
UCD = /usr/share/unicode

tables-htmlent:
	python3 lib/gen/mkhtmlent.py >lib/tab/htmlent.c.new
	mv lib/tab/htmlent.c.new lib/tab/htmlent.c

tables-uchar:
	python3 lib/gen/mkuchar.py $(UCD) >lib/tab/uchar.c.new
	mv lib/tab/uchar.c.new lib/tab/uchar.c
