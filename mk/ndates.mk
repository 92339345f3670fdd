# ndates: temporal expressions normalized to TIMEX3 values.
BIN += ndates
LIBOBJ += lib/datecal.o lib/dates.o lib/datelex.o
FUZZ += fuzz_dates
