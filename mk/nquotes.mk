# nquotes: direct quotations and their speakers (issue 5).
BIN += nquotes
LIBOBJ += lib/quote.o
FUZZ += fuzz_quotes
