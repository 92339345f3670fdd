# newsutils: coreutils for news text. See README.md; settings in config.mk.
include config.mk

BIN =\
	npack\
	nunpack

LIBOBJ =\
	lib/buf.o\
	lib/doc.o\
	lib/in.o\
	lib/names.o\
	lib/news.o\
	lib/out.o\
	lib/rec.o\
	lib/tab/names.o\
	lib/utf8.o

FUZZ =\
	fuzz_rec\
	fuzz_unescape\
	fuzz_utf8

# Each program beyond the foundation adds itself in mk/PROG.mk: BIN, LIBOBJ
# and FUZZ as above, CHECKS (extra targets make check runs), TABLES (targets
# make tables runs) and CLEAN (extra files make clean removes).
CHECKS =
TABLES =
CLEAN =
# The first target, all, stays the default whatever mk/*.mk define.
all:
include $(sort $(wildcard mk/*.mk))

ifeq ($(SANITIZE),1)
CFLAGS += $(SANFLAGS)
LDFLAGS += $(SANFLAGS)
endif

PROGS = $(BIN:%=bin/%)
UNIT = $(sort $(wildcard tests/unit/check_*.c))
DEPS = $(LIBOBJ:.o=.d) $(PROGS:bin/%=bin/%.d) $(UNIT:.c=.d) tests/unit/main.d tests/unit/util.d

all: $(PROGS)

lib/%.o: lib/%.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

lib/libnews.a: $(LIBOBJ)
	rm -f $@
	$(AR) rcs $@ $(LIBOBJ)

bin/%: cmd/%.c lib/libnews.a
	@mkdir -p bin
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP $(LDFLAGS) -o $@ $< lib/libnews.a $(LDLIBS)

# The unit tests: one Check suite per tests/unit/check_NAME.c, all in one runner.
tests/unit/suites.h: $(UNIT) Makefile
	for f in $(UNIT:tests/unit/check_%.c=%); do echo "SUITE($$f)"; done >$@

tests/unit/%.o: tests/unit/%.c
	$(CC) $(CPPFLAGS) $(CFLAGS) $(CHECK_CFLAGS) -MMD -MP -c -o $@ $<

tests/unit/main.o: tests/unit/suites.h

tests/unit/runner: tests/unit/main.o tests/unit/util.o $(UNIT:.c=.o) lib/libnews.a
	$(CC) $(LDFLAGS) -o $@ tests/unit/main.o tests/unit/util.o $(UNIT:.c=.o) lib/libnews.a $(CHECK_LIBS) $(LDLIBS)

check: all tests/unit/runner
	tests/unit/runner
	sh tests/run-cases.sh
	sh tests/lint-man.sh $(BIN)
	@for t in $(CHECKS); do $(MAKE) --no-print-directory $$t || exit 1; done

# Regenerate the committed tables from their public sources (never run by all).
# HUMAN_NAMES: the npm package human-names (npm install human-names).
HUMAN_NAMES = node_modules/human-names

tables: $(TABLES)
	python3 lib/gen/mknames.py $(HUMAN_NAMES) >lib/tab/names.c.new
	mv lib/tab/names.c.new lib/tab/names.c

demo: all
	sh examples/demo.sh

bench: all
	sh bench/run.sh

fuzz: lib/libnews.a
	@mkdir -p fuzz/bin
	for f in $(FUZZ); do \
		$(FUZZCC) $(CPPFLAGS) $(FUZZFLAGS) -o fuzz/bin/$$f fuzz/$$f.c $(LIBOBJ:.o=.c) || exit 2; \
		mkdir -p fuzz/corpus/$$f; \
		fuzz/bin/$$f -max_total_time=$(FUZZ_SECONDS) -print_final_stats=0 \
		    fuzz/corpus/$$f fuzz/seeds/$$f || exit 1; \
	done

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1
	for f in $(BIN); do \
		cp -f bin/$$f $(DESTDIR)$(PREFIX)/bin/ && \
		chmod 755 $(DESTDIR)$(PREFIX)/bin/$$f && \
		cp -f man/$$f.1 $(DESTDIR)$(MANPREFIX)/man1/ && \
		chmod 644 $(DESTDIR)$(MANPREFIX)/man1/$$f.1 || exit 1; \
	done

uninstall:
	for f in $(BIN); do \
		rm -f $(DESTDIR)$(PREFIX)/bin/$$f $(DESTDIR)$(MANPREFIX)/man1/$$f.1; \
	done

clean:
	rm -rf bin fuzz/bin lib/*.o lib/*.d lib/tab/*.o lib/tab/*.d lib/libnews.a tests/unit/*.o \
	    tests/unit/*.d tests/unit/runner tests/unit/suites.h $(CLEAN)

.PHONY: all check demo bench fuzz tables install uninstall clean $(CHECKS) $(TABLES)

-include $(DEPS)
