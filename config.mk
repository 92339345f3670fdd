# newsutils build configuration: edit here, or override on the make command line.
VERSION = 0.1.0

PREFIX = /usr/local
MANPREFIX = $(PREFIX)/share/man

CC = cc
AR = ar
OPT = -O2
CPPFLAGS = -D_POSIX_C_SOURCE=200809L -Ilib
CFLAGS = -std=c11 $(OPT) -g -Wall -Wextra $(WERROR)
LDFLAGS =
LDLIBS =

# make SANITIZE=1: AddressSanitizer and UndefinedBehaviorSanitizer, any report fatal.
SANFLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# make WERROR=-Werror: warnings are errors (CI).
WERROR =

# Check, for the unit tests only.
CHECK_CFLAGS = `pkg-config --cflags check`
CHECK_LIBS = `pkg-config --libs check`

# clang with libFuzzer, for make fuzz.
FUZZCC = clang
FUZZFLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_SECONDS = 60
