# nfix-encoding: repair mojibake and legacy encodings (issue 3).
BIN += nfix-encoding
LIBOBJ += lib/badness.o lib/cp.o lib/fix.o lib/tab/bad.o lib/tab/cp.o
FUZZ += fuzz_fix
TABLES += tables-fix
CLEAN +=

# LOCALEDIR: where Debian's iso-codes message catalogues are installed.
LOCALEDIR = /usr/share/locale

tables-fix:
	python3 lib/gen/mkcp.py >lib/tab/cp.c.new
	mv lib/tab/cp.c.new lib/tab/cp.c
	python3 lib/gen/mkbad.py $(LOCALEDIR) >lib/tab/bad.c.new
	mv lib/tab/bad.c.new lib/tab/bad.c

# ftfy's public test cases, where ../shared (the project's shared data) is.
FTFY = ../shared/data/ftfy-cases
CHECKS += check-ftfy

check-ftfy: bin/nfix-encoding
	@if [ -d $(FTFY) ] && command -v python3 >/dev/null; then \
		python3 tests/check-ftfy.py $(FTFY); \
	else \
		echo "check-ftfy: no $(FTFY) (or no python3), skipped"; \
	fi
