/* ents.h: named entities (PER, ORG, LOC, MISC), linked within a document. */
#ifndef ENTS_H
#define ENTS_H

#include <stddef.h>
#include <stdint.h>

/* Entity types, in the order of ents_types[]. */
enum { ENT_PER, ENT_ORG, ENT_LOC, ENT_MISC, ENT_NTYPES };
extern const char *const ents_types[ENT_NTYPES];

/* BIO labels: 0 is O, 1 + 2 * type is B-type, 2 + 2 * type is I-type. */
#define ENTS_NLAB	9
/* Features are hashed to ENTS_FBITS bits. */
#define ENTS_FBITS	20

/* Gazetteer flags (lib/tab/gaz.c); ents_gaz adds GAZ_GIVEN from lib/names. */
#define GAZ_COUNTRY	0x001
#define GAZ_CITY	0x002
#define GAZ_DEMONYM	0x004
#define GAZ_COMMON	0x008	/* a common lower-case dictionary word */
#define GAZ_ORGWORD	0x010
#define GAZ_TITLE	0x020
#define GAZ_LOCWORD	0x040
#define GAZ_PROPER	0x080	/* capitalized in the dictionary */
#define GAZ_GIVEN	0x100	/* a given name */
#define GAZ_WPER	0x200	/* in a WordNet name of a person */
#define GAZ_WLOC	0x400	/* of a place */
#define GAZ_WORG	0x800	/* of an organization */
#define GAZ_WMISC	0x1000	/* of something else */
#define GAZ_MISCWORD	0x2000	/* ends names of events, treaties, prizes */
#define GAZ_NFLAGS	14	/* the flags above are features of the tagger */
#define GAZ_NATION	0x4000	/* of a country's name; for the rules only */

extern const unsigned short gaz_flags[];
extern const char gaz_words[];
extern const size_t gaz_nwords;

/* The model (lib/tab/model.c): weights of (feature << 4 | label), sorted. */
extern const uint32_t model_keys[];
extern const int16_t model_vals[];
extern const size_t model_n;
/* Transition weights: [from][to], from ENTS_NLAB being the sentence start. */
extern const int16_t model_trans[(ENTS_NLAB + 1) * ENTS_NLAB];

/* Bytes of a word its features look at (a longer word is cut). */
#define ENTS_WMAX	128

/* Feature slots: the word itself, and as a neighbour at -1, +1, -2, +2. */
enum { SL_SELF, SL_P1, SL_N1, SL_P2, SL_N2, SL_N };

/* Fold s (n bytes) to lower case into d, n bytes too; return n. */
size_t	ents_lower(const char *s, size_t n, char *d);
/* Gazetteer flags of the word s (n bytes, any case); 0 when in no list. */
unsigned	ents_gaz(const char *s, size_t n);
/* The features of word s in a slot: store at most max ids in f, return the count. */
size_t	ents_wordfeats(const char *s, size_t n, int slot, uint32_t *f,
	    size_t max);
#define ENTS_MAXWF	40

/* Word classes for ents_ctxcode. */
int	ents_capclass(const char *s, size_t n);
/* Document flags of a word: seen in lower case, seen capitalized inside a sentence. */
#define DOC_LOWER	1
#define DOC_CAPMID	2
#define DOC_UPPER	4	/* in capitals (an acronym) outside capital sentences */
/*
 * The context code of a word: its case class, whether it opens its sentence,
 * whether the sentence is in capitals, its document flags.
 */
unsigned	ents_ctxcode(const char *s, size_t n, int init, int capsent,
	    unsigned docflags);
/* The document flag a word adds to its lower-case form (0: none). */
unsigned	ents_docmark(int capclass, int init, int capsent);
/*
 * A word of a sentence in capitals or of a list of tags as it would be
 * written in running text (KORVIK WINS VOTE: Korvik wins vote; Strike,
 * Velport: strike, Velport), from the word lists and what the
 * document does with it elsewhere (docflags): write it to d (n bytes too);
 * return n.
 */
size_t	ents_truecase(const char *s, size_t n, unsigned docflags, char *d);
/* The features of a context code: store them in f (ENTS_MAXCF), return the count. */
size_t	ents_ctxfeats(unsigned code, uint32_t *f);
#define ENTS_MAXCF	4
#define ENTS_NCTX	1024

/*
 * Runs of capitalized words (Korvia Trade Bank, Marta Lind): the run code
 * of each of n tokens, from their case classes (ents_capclass: cc[i *
 * stride]), brk[i * stride] (non-zero where a sentence starts) and
 * gaz(arg, i), the gazetteer flags of token i. The code tells the token's
 * place in its run and what the run's last word is.
 */
void	ents_runcodes(const uint8_t *cc, const uint8_t *brk, size_t stride,
	    size_t n, unsigned (*gaz)(void *, size_t), void *arg,
	    uint16_t *code);
/* The features of a run code: store them in f (ENTS_MAXRF), return the count. */
size_t	ents_runfeats(unsigned code, uint32_t *f);
#define ENTS_MAXRF	1
#define ENTS_NRUN	256

/* Label pairs BIO forbids (O or B-x or I-x followed by I-y, y != x). */
int	ents_allowed(int from, int to);

/* A token of a document: its bytes, and where it stands. */
struct etok {
	size_t		off;
	uint32_t	len;
	uint8_t		sstart;	/* opens a sentence */
	uint8_t		init;	/* first word of its sentence */
	uint8_t		capsent;	/* its sentence is all capitals */
	uint8_t		alnum;	/* holds a letter or digit */
	uint8_t		cc;	/* its ents_capclass */
	uint8_t		nl;	/* opens a line */
	uint8_t		upper;	/* in a sentence in capitals */
	uint8_t		ep;	/* . ! ? or an ellipsis: may end a sentence */
	uint8_t		dl;	/* names the place of a dateline */
};

/*
 * Split text into tokens and sentences: store them in *toks (grown with
 * nu_grow, capacity *cap), return the count.
 */
size_t	ents_tokenize(const char *text, size_t len, struct etok **toks,
	    size_t *cap);

/* A mention found in a document. */
struct ement {
	size_t	off, len;	/* the name as written */
	size_t	noff, nlen;	/* NAME: the fullest form, itself a mention */
	int	type;
	size_t	ta, tb;		/* its tokens */
	size_t	first;		/* -c: index of the first mention of its entity */
	size_t	count;
};

struct ents;

struct ents	*ents_new(void);
void		 ents_free(struct ents *e);
/* Find and link the mentions of a document; return their count, in *m. */
size_t		 ents_find(struct ents *e, const char *text, size_t len,
		    struct ement **m);
/*
 * Per entity (-c): order the mentions *m[0..n) by entity, most mentioned
 * first; return the number of entities, each given by its first mention
 * with count set.
 */
size_t		 ents_count(struct ement *m, size_t n);

#endif
