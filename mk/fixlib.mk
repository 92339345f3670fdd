# fixlib: shared Unicode and HTML modules (HTML references, character
# properties, NFC normalization).  No program of its own.
LIBOBJ +=\
	lib/htmlent.o\
	lib/tab/htmlent.o\
	lib/norm.o\
	lib/tab/norm.o\
	lib/uc.o\
	lib/tab/uc.o

FUZZ +=\
	fuzz_htmlent\
	fuzz_norm

TABLES += tables-htmlent tables-norm tables-uc

CHECKS += check-nfc

CLEAN += tests/normtest

# UCD: the Unicode Character Database (the Debian package unicode-data).
UCD = /usr/share/unicode

tables-htmlent:
	python3 lib/gen/mkhtmlent.py >lib/tab/htmlent.c.new
	mv lib/tab/htmlent.c.new lib/tab/htmlent.c

tables-uc:
	python3 lib/gen/mkuc.py $(UCD) >lib/tab/uc.c.new
	mv lib/tab/uc.c.new lib/tab/uc.c

tables-norm:
	python3 lib/gen/mknorm.py $(UCD) >lib/tab/norm.c.new
	mv lib/tab/norm.c.new lib/tab/norm.c

# The Unicode normalization conformance test, where the machine has it.
tests/normtest: tests/normtest.c lib/libnews.a
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ tests/normtest.c lib/libnews.a $(LDLIBS)

check-nfc: tests/normtest
	@if [ -f $(UCD)/NormalizationTest.txt ]; then \
		tests/normtest <$(UCD)/NormalizationTest.txt; \
	elif [ -f $(UCD)/NormalizationTest.txt.bz2 ] && command -v bzcat >/dev/null; then \
		bzcat $(UCD)/NormalizationTest.txt.bz2 | tests/normtest; \
	else \
		echo "check-nfc: no $(UCD)/NormalizationTest.txt, skipped"; \
	fi
