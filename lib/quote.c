/* quote.c: direct quotations and their speakers in a news document. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "news.h"
#include "quote.h"
#include "utf8.h"

/*
 * The work runs over one whole document in two passes over its
 * paragraphs (lines). Pass 1 pairs the quotation marks of a paragraph,
 * cuts it into tokens that know which quote holds them, collects the
 * names it introduces (the mention table: full names with their titles,
 * roles, gender and age) and notes each mention in the narration. Once
 * every full name is known, the mentions are resolved in document order.
 * Pass 2 looks around each quote for its cue and speaker: a document up
 * to KEEPMAX bytes keeps its tokens from pass 1; a larger one tokenizes
 * the paragraphs with quotes again, so that it holds the tokens of one
 * paragraph at a time. Every look backward or forward is bounded, so time
 * stays linear in the document's length.
 */

#define WIN	80	/* tokens looked at around a quote */
#define EVWIN	400	/* mentions looked back over to resolve a pronoun or role */
#ifndef KEEPMAX
#define KEEPMAX	(4 << 20)	/* documents up to this size keep their tokens */
#endif

/* Token kinds. */
enum { T_WORD, T_PUNCT, T_OPEN, T_CLOSE };

/* Token flags. */
#define F_CAP	0x01	/* starts with an upper-case letter */
#define F_LOW	0x02	/* starts with a lower-case letter */
#define F_POSS	0x04	/* was followed by 's, which is left out */
#define F_GAP	0x08	/* stands for c plain lower-case words of a quote */

/* Word classes from the word table (wmask). */
#define W_CUE	0x0001	/* a reporting verb */
#define W_STOP	0x0002	/* a capitalized word that starts no name */
#define W_TITLE	0x0004	/* a title before a name: President, Dr. */
#define W_ORG	0x0008	/* the last word of an organisation's name */
#define W_ROLE	0x0010	/* a role noun: ambassador, leader, ministry */
#define W_PRON	0x0020	/* he, she, they */
#define W_DET	0x0040	/* the, a, his... before a role noun */
#define W_CONN	0x0080	/* of, de, von: inside a name */
#define W_SKIP	0x0100	/* an adverb or auxiliary between subject and verb */
#define W_MEDIA	0x0200	/* reported, quoted: the subject is a medium */
#define W_AND	0x0400	/* and, but: the verb shares an earlier subject */
#define W_DAY	0x0800	/* a weekday or time word after "on" */
#define W_SUB	0x1000	/* a subordinator: the clause is no attribution */
#define W_SUFF	0x2000	/* Jr., III: after a name, not its last word */

/* Role bits: what a role noun can refer to. */
#define R_PRES	0x0001
#define R_PM	0x0002
#define R_MIN	0x0004
#define R_AMB	0x0008
#define R_SPOKE	0x0010
#define R_SEC	0x0020
#define R_MAYOR	0x0040
#define R_GOV	0x0080
#define R_LAW	0x0100
#define R_MIL	0x0200
#define R_EXEC	0x0400
#define R_JUDGE	0x0800
#define R_OFF	0x1000
#define R_KING	0x2000
#define R_CHAN	0x4000
#define R_ORGN	0x8000	/* an organisation, matched by a word of its name */
#define R_ENG	0x10000		/* engineers and planners */
#define R_CARE	0x20000		/* doctors and nurses */
#define R_TEACH	0x40000		/* teachers and researchers */
#define R_OWNER	0x80000		/* owners and shopkeepers */
#define R_RES	0x100000	/* residents and neighbours */
#define R_EXPERT	0x200000	/* analysts and economists */
#define R_ACT	0x400000	/* activists and organizers */
#define R_ART	0x800000	/* musicians and artists */
#define R_FARM	0x1000000	/* farmers and fishers */
#define R_POL	0x2000000	/* police officers */
#define R_LEAD	(R_PRES | R_PM | R_CHAN | R_KING)

struct word {
	const char	*w;
	unsigned	 mask;
	unsigned	 roles;
	char		 gender;
};

/*
 * The words the rules know. Cue verbs come in all their forms; the list
 * is the one documented in nquotes(1) and grows by adding lines here.
 * Nouns that are also verbs (states, claims, comments) are left out: in
 * "the United States" they would be read as cues.
 */
static const struct word words[] = {
	/* reporting verbs */
	{ "accuse", W_CUE, 0, 0 }, { "accused", W_CUE, 0, 0 },
	{ "accuses", W_CUE, 0, 0 }, { "acknowledged", W_CUE, 0, 0 },
	{ "acknowledges", W_CUE, 0, 0 }, { "add", W_CUE, 0, 0 },
	{ "added", W_CUE, 0, 0 }, { "adding", W_CUE, 0, 0 },
	{ "adds", W_CUE, 0, 0 }, { "admits", W_CUE, 0, 0 },
	{ "admitted", W_CUE, 0, 0 }, { "agreed", W_CUE, 0, 0 },
	{ "announced", W_CUE, 0, 0 }, { "answered", W_CUE, 0, 0 },
	{ "argue", W_CUE, 0, 0 }, { "argued", W_CUE, 0, 0 },
	{ "argues", W_CUE, 0, 0 }, { "ask", W_CUE, 0, 0 },
	{ "asked", W_CUE, 0, 0 }, { "asks", W_CUE, 0, 0 },
	{ "assert", W_CUE, 0, 0 }, { "asserted", W_CUE, 0, 0 },
	{ "asserts", W_CUE, 0, 0 }, { "boasted", W_CUE, 0, 0 },
	{ "called", W_CUE, 0, 0 }, { "calls", W_CUE, 0, 0 },
	{ "cautioned", W_CUE, 0, 0 }, { "claimed", W_CUE, 0, 0 },
	{ "commented", W_CUE, 0, 0 }, { "complained", W_CUE, 0, 0 },
	{ "conceded", W_CUE, 0, 0 }, { "concedes", W_CUE, 0, 0 },
	{ "concluded", W_CUE, 0, 0 }, { "confirmed", W_CUE, 0, 0 },
	{ "continue", W_CUE, 0, 0 }, { "continued", W_CUE, 0, 0 },
	{ "continues", W_CUE, 0, 0 }, { "countered", W_CUE, 0, 0 },
	{ "declared", W_CUE, 0, 0 }, { "declares", W_CUE, 0, 0 },
	{ "demanded", W_CUE, 0, 0 }, { "denied", W_CUE, 0, 0 },
	{ "emphasise", W_CUE, 0, 0 }, { "emphasised", W_CUE, 0, 0 },
	{ "emphasises", W_CUE, 0, 0 }, { "emphasize", W_CUE, 0, 0 },
	{ "emphasized", W_CUE, 0, 0 }, { "emphasizes", W_CUE, 0, 0 },
	{ "exclaimed", W_CUE, 0, 0 }, { "explain", W_CUE, 0, 0 },
	{ "explained", W_CUE, 0, 0 }, { "explains", W_CUE, 0, 0 },
	{ "feels", W_CUE, 0, 0 }, { "felt", W_CUE, 0, 0 },
	{ "insist", W_CUE, 0, 0 }, { "insisted", W_CUE, 0, 0 },
	{ "insists", W_CUE, 0, 0 }, { "joked", W_CUE, 0, 0 },
	{ "lamented", W_CUE, 0, 0 }, { "maintained", W_CUE, 0, 0 },
	{ "maintains", W_CUE, 0, 0 }, { "mused", W_CUE, 0, 0 },
	{ "note", W_CUE, 0, 0 }, { "noted", W_CUE, 0, 0 },
	{ "notes", W_CUE, 0, 0 }, { "noting", W_CUE, 0, 0 },
	{ "observed", W_CUE, 0, 0 }, { "pleaded", W_CUE, 0, 0 },
	{ "posted", W_CUE, 0, 0 }, { "predicted", W_CUE, 0, 0 },
	{ "promised", W_CUE, 0, 0 }, { "quipped", W_CUE, 0, 0 },
	{ "quoted", W_CUE | W_MEDIA, 0, 0 }, { "quotes", W_CUE | W_MEDIA, 0, 0 },
	{ "recalled", W_CUE, 0, 0 }, { "recalls", W_CUE, 0, 0 },
	{ "reiterated", W_CUE, 0, 0 }, { "reiterates", W_CUE, 0, 0 },
	{ "remarked", W_CUE, 0, 0 }, { "repeated", W_CUE, 0, 0 },
	{ "replied", W_CUE, 0, 0 }, { "replies", W_CUE, 0, 0 },
	{ "reported", W_CUE | W_MEDIA, 0, 0 }, { "reports", W_CUE | W_MEDIA, 0, 0 },
	{ "responded", W_CUE, 0, 0 }, { "said", W_CUE, 0, 0 },
	{ "say", W_CUE, 0, 0 }, { "saying", W_CUE, 0, 0 },
	{ "says", W_CUE, 0, 0 }, { "shouted", W_CUE, 0, 0 },
	{ "stated", W_CUE, 0, 0 }, { "stress", W_CUE, 0, 0 },
	{ "stressed", W_CUE, 0, 0 }, { "stresses", W_CUE, 0, 0 },
	{ "suggested", W_CUE, 0, 0 }, { "tell", W_CUE, 0, 0 },
	{ "telling", W_CUE, 0, 0 }, { "tells", W_CUE, 0, 0 },
	{ "testified", W_CUE, 0, 0 }, { "told", W_CUE, 0, 0 },
	{ "tweeted", W_CUE, 0, 0 }, { "tweets", W_CUE, 0, 0 },
	{ "underlined", W_CUE, 0, 0 }, { "underscored", W_CUE, 0, 0 },
	{ "urged", W_CUE, 0, 0 }, { "vowed", W_CUE, 0, 0 },
	{ "warn", W_CUE, 0, 0 }, { "warned", W_CUE, 0, 0 },
	{ "warns", W_CUE, 0, 0 }, { "wrote", W_CUE, 0, 0 },
	{ "writes", W_CUE, 0, 0 }, { "according", W_CUE, 0, 0 },
	{ "alleged", W_CUE, 0, 0 }, { "announces", W_CUE, 0, 0 },
	{ "answers", W_CUE, 0, 0 }, { "begged", W_CUE, 0, 0 },
	{ "blasted", W_CUE, 0, 0 }, { "branded", W_CUE, 0, 0 },
	{ "cautions", W_CUE, 0, 0 }, { "charged", W_CUE, 0, 0 },
	{ "claims", W_CUE, 0, 0 }, { "comments", W_CUE, 0, 0 },
	{ "complains", W_CUE, 0, 0 }, { "concludes", W_CUE, 0, 0 },
	{ "confirms", W_CUE, 0, 0 }, { "counters", W_CUE, 0, 0 },
	{ "cried", W_CUE, 0, 0 }, { "criticised", W_CUE, 0, 0 },
	{ "criticized", W_CUE, 0, 0 }, { "denies", W_CUE, 0, 0 },
	{ "described", W_CUE, 0, 0 }, { "describes", W_CUE, 0, 0 },
	{ "disagreed", W_CUE, 0, 0 }, { "dubbed", W_CUE, 0, 0 },
	{ "emailed", W_CUE, 0, 0 }, { "estimated", W_CUE, 0, 0 },
	{ "hailed", W_CUE, 0, 0 }, { "highlighted", W_CUE, 0, 0 },
	{ "interjected", W_CUE, 0, 0 }, { "jokes", W_CUE, 0, 0 },
	{ "labeled", W_CUE, 0, 0 }, { "labelled", W_CUE, 0, 0 },
	{ "laughed", W_CUE, 0, 0 }, { "objected", W_CUE, 0, 0 },
	{ "observes", W_CUE, 0, 0 }, { "pledged", W_CUE, 0, 0 },
	{ "pledges", W_CUE, 0, 0 }, { "pointed", W_CUE, 0, 0 },
	{ "praised", W_CUE, 0, 0 }, { "predicts", W_CUE, 0, 0 },
	{ "promises", W_CUE, 0, 0 }, { "quips", W_CUE, 0, 0 },
	{ "reasoned", W_CUE, 0, 0 }, { "recounted", W_CUE, 0, 0 },
	{ "reflected", W_CUE, 0, 0 }, { "remarks", W_CUE, 0, 0 },
	{ "responds", W_CUE, 0, 0 }, { "retorted", W_CUE, 0, 0 },
	{ "scoffed", W_CUE, 0, 0 }, { "screamed", W_CUE, 0, 0 },
	{ "sighed", W_CUE, 0, 0 }, { "slammed", W_CUE, 0, 0 },
	{ "suggests", W_CUE, 0, 0 }, { "termed", W_CUE, 0, 0 },
	{ "testifies", W_CUE, 0, 0 }, { "texted", W_CUE, 0, 0 },
	{ "urges", W_CUE, 0, 0 }, { "vows", W_CUE, 0, 0 },
	{ "whispered", W_CUE, 0, 0 }, { "wondered", W_CUE, 0, 0 },
	{ "wonders", W_CUE, 0, 0 }, { "yelled", W_CUE, 0, 0 },
	/* French and German, after quotes in their own marks */
	{ "déclaré", W_CUE, 0, 0 }, { "dit", W_CUE, 0, 0 },
	{ "affirmé", W_CUE, 0, 0 }, { "ajouté", W_CUE, 0, 0 },
	{ "expliqué", W_CUE, 0, 0 }, { "souligné", W_CUE, 0, 0 },
	{ "estimé", W_CUE, 0, 0 }, { "selon", W_CUE, 0, 0 },
	{ "sagte", W_CUE, 0, 0 }, { "sagt", W_CUE, 0, 0 },
	{ "erklärte", W_CUE, 0, 0 }, { "betonte", W_CUE, 0, 0 },
	{ "meinte", W_CUE, 0, 0 }, { "qualifié", W_CUE, 0, 0 },
	{ "précisé", W_CUE, 0, 0 }, { "indiqué", W_CUE, 0, 0 },
	{ "explique", W_CUE, 0, 0 }, { "ajoute", W_CUE, 0, 0 },
	{ "affirme", W_CUE, 0, 0 }, { "déclare", W_CUE, 0, 0 },
	{ "estime", W_CUE, 0, 0 }, { "souvient", W_CUE, 0, 0 },
	{ "raconte", W_CUE, 0, 0 }, { "poursuit", W_CUE, 0, 0 },
	{ "confie", W_CUE, 0, 0 }, { "assure", W_CUE, 0, 0 },
	{ "erklärt", W_CUE, 0, 0 }, { "betont", W_CUE, 0, 0 },
	{ "il", W_PRON | W_STOP, 0, 'm' }, { "elle", W_PRON | W_STOP, 0, 'f' },
	{ "er", W_PRON | W_STOP, 0, 'm' }, { "sie", W_PRON | W_STOP, 0, 'f' },
	{ "et", W_AND | W_STOP, 0, 0 }, { "und", W_AND | W_STOP, 0, 0 },
	{ "se", W_SKIP, 0, 0 }, { "hat", W_SKIP, 0, 0 },
	{ "sa", W_DET | W_STOP, 0, 0 }, { "son", W_DET | W_STOP, 0, 0 },
	{ "les", W_DET | W_STOP, 0, 0 }, { "une", W_DET | W_STOP, 0, 0 },
	{ "un", W_DET | W_STOP, 0, 0 }, { "des", W_DET | W_STOP, 0, 0 },
	{ "die", W_DET | W_STOP, 0, 0 }, { "das", W_DET | W_STOP, 0, 0 },
	/* pronouns and determiners */
	{ "he", W_PRON | W_STOP, 0, 'm' }, { "she", W_PRON | W_STOP, 0, 'f' },
	{ "they", W_PRON | W_STOP, 0, 0 },
	{ "the", W_DET | W_STOP, 0, 0 }, { "a", W_DET | W_STOP, 0, 0 },
	{ "an", W_DET | W_STOP, 0, 0 }, { "his", W_DET | W_STOP, 0, 0 },
	{ "her", W_DET | W_STOP, 0, 0 }, { "its", W_DET | W_STOP, 0, 0 },
	{ "their", W_DET | W_STOP, 0, 0 }, { "our", W_DET | W_STOP, 0, 0 },
	{ "this", W_DET | W_STOP, 0, 0 }, { "that", W_STOP | W_SUB, 0, 0 },
	{ "one", W_DET | W_STOP, 0, 0 },
	{ "jr.", W_SUFF, 0, 0 }, { "jr", W_SUFF, 0, 0 }, { "sr.", W_SUFF, 0, 0 },
	{ "ii", W_SUFF, 0, 0 }, { "iii", W_SUFF, 0, 0 }, { "iv", W_SUFF, 0, 0 },
	/* inside names */
	{ "of", W_CONN, 0, 0 }, { "de", W_CONN, 0, 0 }, { "von", W_CONN, 0, 0 },
	{ "van", W_CONN, 0, 0 }, { "der", W_CONN, 0, 0 }, { "al", W_CONN, 0, 0 },
	{ "bin", W_CONN, 0, 0 }, { "da", W_CONN, 0, 0 }, { "del", W_CONN, 0, 0 },
	{ "la", W_CONN, 0, 0 }, { "le", W_CONN, 0, 0 }, { "du", W_CONN, 0, 0 },
	/* between a subject and its verb */
	{ "also", W_SKIP, 0, 0 }, { "then", W_SKIP, 0, 0 },
	{ "later", W_SKIP, 0, 0 }, { "again", W_SKIP, 0, 0 },
	{ "further", W_SKIP | W_STOP, 0, 0 }, { "reportedly", W_SKIP, 0, 0 },
	{ "repeatedly", W_SKIP, 0, 0 }, { "previously", W_SKIP, 0, 0 },
	{ "once", W_SKIP | W_STOP, 0, 0 }, { "recently", W_SKIP, 0, 0 },
	{ "publicly", W_SKIP, 0, 0 }, { "earlier", W_SKIP | W_STOP, 0, 0 },
	{ "simply", W_SKIP, 0, 0 }, { "just", W_SKIP, 0, 0 },
	{ "finally", W_SKIP | W_STOP, 0, 0 }, { "has", W_SKIP, 0, 0 },
	{ "have", W_SKIP, 0, 0 }, { "had", W_SKIP, 0, 0 },
	{ "was", W_SKIP, 0, 0 }, { "were", W_SKIP, 0, 0 },
	{ "is", W_SKIP, 0, 0 }, { "would", W_SKIP, 0, 0 },
	{ "will", W_SKIP, 0, 0 }, { "could", W_SKIP, 0, 0 },
	{ "quickly", W_SKIP, 0, 0 }, { "flatly", W_SKIP, 0, 0 },
	{ "firmly", W_SKIP, 0, 0 }, { "separately", W_SKIP, 0, 0 },
	{ "bluntly", W_SKIP, 0, 0 }, { "angrily", W_SKIP, 0, 0 },
	{ "simply", W_SKIP, 0, 0 }, { "only", W_SKIP, 0, 0 },
	{ "once", W_SKIP, 0, 0 }, { "now", W_SKIP | W_STOP, 0, 0 },
	{ "and", W_AND | W_STOP, 0, 0 }, { "but", W_AND | W_STOP, 0, 0 },
	{ "or", W_AND | W_STOP, 0, 0 },
	{ "although", W_SUB | W_STOP, 0, 0 }, { "though", W_SUB | W_STOP, 0, 0 },
	{ "while", W_SUB | W_STOP, 0, 0 }, { "because", W_SUB | W_STOP, 0, 0 },
	{ "as", W_SUB | W_STOP, 0, 0 }, { "if", W_SUB | W_STOP, 0, 0 },
	{ "when", W_SUB | W_STOP, 0, 0 }, { "which", W_SUB | W_STOP, 0, 0 },
	{ "who", W_SUB | W_STOP, 0, 0 }, { "where", W_SUB | W_STOP, 0, 0 },
	/* time words after "on" */
	{ "monday", W_DAY | W_STOP, 0, 0 }, { "tuesday", W_DAY | W_STOP, 0, 0 },
	{ "wednesday", W_DAY | W_STOP, 0, 0 }, { "thursday", W_DAY | W_STOP, 0, 0 },
	{ "friday", W_DAY | W_STOP, 0, 0 }, { "saturday", W_DAY | W_STOP, 0, 0 },
	{ "sunday", W_DAY | W_STOP, 0, 0 }, { "today", W_DAY | W_STOP, 0, 0 },
	{ "yesterday", W_DAY | W_STOP, 0, 0 }, { "tonight", W_DAY | W_STOP, 0, 0 },
	/* capitalized words that start no name */
	{ "according", W_STOP, 0, 0 }, { "after", W_STOP, 0, 0 },
	{ "all", W_STOP, 0, 0 }, { "also", W_STOP, 0, 0 },
	{ "amid", W_STOP, 0, 0 }, { "among", W_STOP, 0, 0 },
	{ "at", W_STOP, 0, 0 }, { "before", W_STOP, 0, 0 },
	{ "both", W_STOP, 0, 0 }, { "by", W_STOP, 0, 0 },
	{ "despite", W_STOP, 0, 0 }, { "during", W_STOP, 0, 0 },
	{ "even", W_STOP, 0, 0 }, { "for", W_STOP, 0, 0 },
	{ "from", W_STOP, 0, 0 }, { "however", W_STOP, 0, 0 },
	{ "i", W_STOP, 0, 0 }, { "in", W_STOP, 0, 0 }, { "it", W_STOP, 0, 0 },
	{ "like", W_STOP, 0, 0 }, { "many", W_STOP, 0, 0 },
	{ "meanwhile", W_STOP, 0, 0 }, { "most", W_STOP, 0, 0 },
	{ "nearly", W_STOP, 0, 0 }, { "no", W_STOP, 0, 0 },
	{ "not", W_STOP, 0, 0 }, { "notably", W_STOP, 0, 0 },
	{ "on", W_STOP, 0, 0 }, { "so", W_STOP, 0, 0 },
	{ "some", W_STOP, 0, 0 }, { "speaking", W_STOP, 0, 0 },
	{ "still", W_STOP, 0, 0 }, { "there", W_STOP, 0, 0 },
	{ "these", W_STOP, 0, 0 }, { "those", W_STOP, 0, 0 },
	{ "thus", W_STOP, 0, 0 }, { "to", W_STOP, 0, 0 },
	{ "under", W_STOP, 0, 0 }, { "until", W_STOP, 0, 0 },
	{ "we", W_STOP, 0, 0 }, { "what", W_STOP, 0, 0 },
	{ "with", W_STOP, 0, 0 }, { "yet", W_STOP, 0, 0 },
	{ "you", W_STOP, 0, 0 }, { "my", W_STOP, 0, 0 },
	{ "why", W_STOP, 0, 0 }, { "how", W_STOP, 0, 0 },
	{ "january", W_STOP, 0, 0 }, { "february", W_STOP, 0, 0 },
	{ "march", W_STOP, 0, 0 }, { "april", W_STOP, 0, 0 },
	{ "may", W_STOP, 0, 0 }, { "june", W_STOP, 0, 0 },
	{ "july", W_STOP, 0, 0 }, { "august", W_STOP, 0, 0 },
	{ "september", W_STOP, 0, 0 }, { "october", W_STOP, 0, 0 },
	{ "november", W_STOP, 0, 0 }, { "december", W_STOP, 0, 0 },
	/* plural nouns that open sentences: people, but no one named */
	{ "critics", W_STOP, 0, 0 }, { "officials", W_STOP, 0, 0 },
	{ "analysts", W_STOP, 0, 0 }, { "experts", W_STOP, 0, 0 },
	{ "residents", W_STOP, 0, 0 }, { "protesters", W_STOP, 0, 0 },
	{ "lawmakers", W_STOP, 0, 0 }, { "observers", W_STOP, 0, 0 },
	{ "witnesses", W_STOP, 0, 0 }, { "sources", W_STOP, 0, 0 },
	{ "authorities", W_STOP, 0, 0 }, { "investigators", W_STOP, 0, 0 },
	{ "researchers", W_STOP, 0, 0 }, { "scientists", W_STOP, 0, 0 },
	{ "doctors", W_STOP, 0, 0 }, { "economists", W_STOP, 0, 0 },
	{ "activists", W_STOP, 0, 0 }, { "supporters", W_STOP, 0, 0 },
	{ "opponents", W_STOP, 0, 0 }, { "voters", W_STOP, 0, 0 },
	{ "parents", W_STOP, 0, 0 }, { "teachers", W_STOP, 0, 0 },
	{ "students", W_STOP, 0, 0 }, { "workers", W_STOP, 0, 0 },
	{ "employees", W_STOP, 0, 0 }, { "farmers", W_STOP, 0, 0 },
	{ "diplomats", W_STOP, 0, 0 }, { "leaders", W_STOP, 0, 0 },
	{ "others", W_STOP, 0, 0 }, { "people", W_STOP, 0, 0 },
	{ "neighbours", W_STOP, 0, 0 }, { "neighbors", W_STOP, 0, 0 },
	{ "prosecutors", W_STOP, 0, 0 },
	{ "organizers", W_STOP, 0, 0 }, { "organisers", W_STOP, 0, 0 },
	/* titles before a name, with the roles they give */
	{ "president", W_TITLE | W_ROLE, R_PRES, 0 },
	{ "vice", W_TITLE, 0, 0 }, { "prime", W_TITLE, 0, 0 },
	{ "minister", W_TITLE | W_ROLE, R_MIN, 0 },
	{ "secretary", W_TITLE | W_ROLE, R_SEC, 0 },
	{ "ambassador", W_TITLE | W_ROLE, R_AMB, 0 },
	{ "envoy", W_TITLE | W_ROLE, R_AMB, 0 },
	{ "diplomat", W_ROLE, R_AMB, 0 },
	{ "chancellor", W_TITLE | W_ROLE, R_CHAN, 0 },
	{ "premier", W_TITLE | W_ROLE, R_PM, 0 },
	{ "leader", W_TITLE | W_ROLE, R_LEAD, 0 },
	{ "mayor", W_TITLE | W_ROLE, R_MAYOR, 0 },
	{ "maire", W_TITLE | W_ROLE, R_MAYOR, 0 },
	{ "governor", W_TITLE | W_ROLE, R_GOV, 0 },
	{ "gov.", W_TITLE, R_GOV, 0 },
	{ "senator", W_TITLE | W_ROLE, R_LAW, 0 }, { "sen.", W_TITLE, R_LAW, 0 },
	{ "rep.", W_TITLE, R_LAW, 0 },
	{ "representative", W_TITLE | W_ROLE, R_LAW, 0 },
	{ "lawmaker", W_ROLE, R_LAW, 0 },
	{ "congressman", W_TITLE | W_ROLE, R_LAW, 'm' },
	{ "congresswoman", W_TITLE | W_ROLE, R_LAW, 'f' },
	{ "councillor", W_TITLE | W_ROLE, R_LAW, 0 },
	{ "speaker", W_TITLE, R_LAW, 0 },
	{ "chairman", W_TITLE | W_ROLE, R_EXEC, 'm' },
	{ "chairwoman", W_TITLE | W_ROLE, R_EXEC, 'f' },
	{ "chief", W_TITLE | W_ROLE, R_EXEC, 0 },
	{ "executive", W_TITLE | W_ROLE, R_EXEC, 0 },
	{ "director", W_TITLE | W_ROLE, R_EXEC, 0 },
	{ "founder", W_ROLE, R_EXEC, 0 }, { "head", W_ROLE, R_EXEC, 0 },
	{ "ceo", W_TITLE | W_ROLE, R_EXEC, 0 },
	{ "general", W_TITLE | W_ROLE, R_MIL, 0 }, { "gen.", W_TITLE, R_MIL, 0 },
	{ "commander", W_TITLE | W_ROLE, R_MIL, 0 },
	{ "colonel", W_TITLE | W_ROLE, R_MIL, 0 }, { "col.", W_TITLE, R_MIL, 0 },
	{ "admiral", W_TITLE | W_ROLE, R_MIL, 0 },
	{ "captain", W_TITLE | W_ROLE, R_MIL, 0 },
	{ "officer", W_ROLE, R_MIL, 0 },
	{ "judge", W_TITLE | W_ROLE, R_JUDGE, 0 },
	{ "justice", W_TITLE, R_JUDGE, 0 },
	{ "prosecutor", W_TITLE | W_ROLE, R_JUDGE, 0 },
	{ "attorney", W_TITLE | W_ROLE, R_JUDGE, 0 },
	{ "lawyer", W_ROLE, R_JUDGE, 0 },
	{ "official", W_ROLE, R_OFF, 0 },
	{ "spokesman", W_TITLE | W_ROLE, R_SPOKE, 'm' },
	{ "spokeswoman", W_TITLE | W_ROLE, R_SPOKE, 'f' },
	{ "spokesperson", W_TITLE | W_ROLE, R_SPOKE, 0 },
	{ "king", W_TITLE | W_ROLE, R_KING, 'm' },
	{ "queen", W_TITLE | W_ROLE, R_KING, 'f' },
	{ "prince", W_TITLE, R_KING, 'm' }, { "princess", W_TITLE, R_KING, 'f' },
	{ "pope", W_TITLE | W_ROLE, R_KING, 'm' },
	{ "mr.", W_TITLE, 0, 'm' }, { "mr", W_TITLE, 0, 'm' },
	{ "mrs.", W_TITLE, 0, 'f' }, { "mrs", W_TITLE, 0, 'f' },
	{ "ms.", W_TITLE, 0, 'f' }, { "ms", W_TITLE, 0, 'f' },
	{ "miss", W_TITLE, 0, 'f' }, { "sir", W_TITLE, 0, 'm' },
	{ "dame", W_TITLE, 0, 'f' }, { "lord", W_TITLE, 0, 'm' },
	{ "lady", W_TITLE, 0, 'f' }, { "dr.", W_TITLE, 0, 0 },
	{ "dr", W_TITLE, 0, 0 }, { "prof.", W_TITLE, 0, 0 },
	{ "rev.", W_TITLE, 0, 0 }, { "fr.", W_TITLE, 0, 0 },
	{ "lt.", W_TITLE, R_MIL, 0 }, { "capt.", W_TITLE, R_MIL, 0 },
	{ "sgt.", W_TITLE, R_POL, 0 }, { "supt.", W_TITLE, R_POL, 0 },
	{ "cmdr.", W_TITLE, R_MIL, 0 }, { "adm.", W_TITLE, R_MIL, 0 },
	{ "hon.", W_TITLE, 0, 0 }, { "mme.", W_TITLE, 0, 'f' },
	{ "st.", 0, 0, 0 }, { "mt.", 0, 0, 0 }, { "ft.", 0, 0, 0 },
	{ "professor", W_TITLE | W_ROLE, R_EXEC, 0 },
	{ "foreign", W_TITLE, 0, 0 }, { "defense", W_TITLE, 0, 0 },
	{ "defence", W_TITLE, 0, 0 }, { "interior", W_TITLE, 0, 0 },
	{ "finance", W_TITLE, 0, 0 }, { "state", W_TITLE, 0, 0 },
	{ "press", W_TITLE | W_ORG, 0, 0 }, { "deputy", W_TITLE, 0, 0 },
	{ "acting", W_TITLE, 0, 0 }, { "former", W_TITLE, 0, 0 },
	{ "senior", W_TITLE, 0, 0 }, { "assistant", W_TITLE, 0, 0 },
	{ "adviser", W_TITLE | W_ROLE, R_OFF, 0 },
	{ "advisor", W_TITLE | W_ROLE, R_OFF, 0 },
	{ "commissioner", W_TITLE | W_ROLE, R_OFF, 0 },
	{ "inspector", W_TITLE, R_MIL, 0 }, { "sheriff", W_TITLE | W_ROLE, R_MIL, 0 },
	{ "coach", W_TITLE | W_ROLE, R_EXEC, 0 },
	{ "manager", W_TITLE | W_ROLE, R_EXEC, 0 },
	/* the last words of organisations' names */
	{ "ministry", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "department", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "office", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "agency", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "council", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "commission", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "committee", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "police", W_ORG | W_ROLE | W_STOP, R_ORGN, 0 },
	{ "service", W_ORG, 0, 0 }, { "services", W_ORG, 0, 0 },
	{ "bank", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "party", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "company", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "corporation", W_ORG, 0, 0 }, { "corp.", W_ORG, 0, 0 },
	{ "inc.", W_ORG, 0, 0 }, { "ltd.", W_ORG, 0, 0 },
	{ "group", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "university", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "institute", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "association", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "union", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "organisation", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "organization", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "foundation", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "court", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "parliament", W_ORG, 0, 0 }, { "government", W_ORG, 0, 0 },
	{ "administration", W_ORG, 0, 0 },
	{ "embassy", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "army", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "board", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "authority", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "network", W_ORG, 0, 0 }, { "times", W_ORG, 0, 0 },
	{ "post", W_ORG, 0, 0 }, { "news", W_ORG, 0, 0 },
	{ "federation", W_ORG, 0, 0 }, { "league", W_ORG, 0, 0 },
	{ "bureau", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "centre", W_ORG, 0, 0 }, { "center", W_ORG, 0, 0 },
	{ "fund", W_ORG, 0, 0 }, { "alliance", W_ORG, 0, 0 },
	{ "trust", W_ORG, 0, 0 }, { "society", W_ORG, 0, 0 },
	{ "club", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "hospital", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "school", W_ORG | W_ROLE, R_ORGN, 0 },
	{ "palace", W_ORG, 0, 0 }, { "pentagon", W_ORG, 0, 0 },
	{ "firm", W_ROLE, R_ORGN, 0 }, { "ministry's", W_ORG, 0, 0 },
	/* occupations news names people by */
	{ "engineer", W_ROLE, R_ENG, 0 }, { "planner", W_ROLE, R_ENG, 0 },
	{ "architect", W_ROLE, R_ENG, 0 }, { "doctor", W_ROLE, R_CARE, 0 },
	{ "nurse", W_ROLE, R_CARE, 0 }, { "physician", W_ROLE, R_CARE, 0 },
	{ "surgeon", W_ROLE, R_CARE, 0 }, { "teacher", W_ROLE, R_TEACH, 0 },
	{ "researcher", W_ROLE, R_TEACH, 0 }, { "scientist", W_ROLE, R_TEACH, 0 },
	{ "historian", W_ROLE, R_TEACH, 0 }, { "owner", W_ROLE, R_OWNER, 0 },
	{ "shopkeeper", W_ROLE, R_OWNER, 0 }, { "businessman", W_ROLE, R_OWNER, 'm' },
	{ "businesswoman", W_ROLE, R_OWNER, 'f' }, { "resident", W_ROLE, R_RES, 0 },
	{ "neighbour", W_ROLE, R_RES, 0 }, { "neighbor", W_ROLE, R_RES, 0 },
	{ "analyst", W_ROLE, R_EXPERT, 0 }, { "economist", W_ROLE, R_EXPERT, 0 },
	{ "expert", W_ROLE, R_EXPERT, 0 }, { "activist", W_ROLE, R_ACT, 0 },
	{ "organizer", W_ROLE, R_ACT, 0 }, { "organiser", W_ROLE, R_ACT, 0 },
	{ "campaigner", W_ROLE, R_ACT, 0 }, { "volunteer", W_ROLE, R_ACT, 0 },
	{ "conductor", W_ROLE, R_ART, 0 }, { "musician", W_ROLE, R_ART, 0 },
	{ "cellist", W_ROLE, R_ART, 0 }, { "violinist", W_ROLE, R_ART, 0 },
	{ "artist", W_ROLE, R_ART, 0 }, { "singer", W_ROLE, R_ART, 0 },
	{ "farmer", W_ROLE, R_FARM, 0 }, { "fisherman", W_ROLE, R_FARM, 'm' },
	{ "grower", W_ROLE, R_FARM, 0 }, { "constable", W_TITLE | W_ROLE, R_POL, 0 },
	{ "detective", W_TITLE | W_ROLE, R_POL, 0 },
	{ "sergeant", W_TITLE | W_ROLE, R_POL, 0 },
	{ "superintendent", W_TITLE | W_ROLE, R_POL, 0 },
	{ "firefighter", W_ROLE, R_POL, 0 },
	{ "musicians", W_STOP, 0, 0 }, { "families", W_STOP, 0, 0 },
	{ "fans", W_STOP, 0, 0 }, { "members", W_STOP, 0, 0 },
};

#define NWORDS	(sizeof(words) / sizeof(words[0]))

/* The word table, hashed on the lower-case word. */
static struct wslot {
	const char	*w;
	unsigned char	 n;
	unsigned	 mask, roles;
	char		 gender;
} wtab[4096];

/*
 * A filter before the table: bit c of wfilt[n][b] is set when a word of n
 * bytes in the table starts with a byte whose low five bits are b and
 * ends with one whose low five bits are c. Those bits are the same in
 * both cases of a letter, so a word the filter rejects is not in the table.
 */
static uint32_t wfilt[16][32];

struct tok {
	size_t		off;
	unsigned	len;
	int		q;	/* the quote holding it, -1 in the narration */
	int		para;
	uint16_t	mask;	/* W_ bits */
	uint32_t	roles;
	unsigned char	kind, fl;
	char		c;	/* punctuation: its ASCII stand-in */
	char		gender;	/* from the word table or the given names */
};

struct qt {
	size_t		off, len;	/* the quoted text, trimmed */
	size_t		om, cm;		/* the opening and closing marks */
	int		para;
	int		topen, tclose;	/* mark tokens; tclose -1 if unclosed */
	unsigned char	omlen, cmlen;
	unsigned char	alone;		/* the quote is its whole paragraph */
	unsigned char	nwords, title;	/* word count (up to 8); title-like */
	unsigned char	closed, cont;	/* ends its paragraph open; continues one */
	char		last;		/* last character of the text, ASCII stand-in */
	unsigned char	lower;		/* starts with a lower-case letter */
	/* results */
	unsigned char	ok, media, partial, drop;
	unsigned char	cued;		/* a cue was seen, whoever spoke */
	size_t		so, mo, co;	/* speaker, mention, cue */
	uint32_t	sl, ml, cl;
};

enum { E_PER = 1, E_ORG, E_UNK };

struct ent {
	size_t		off, len;	/* the name */
	size_t		loff, llen;	/* its last word */
	size_t		flen;		/* the length of its first word */
	int		ntok, kind;
	char		gender;
	unsigned	roles;
	uint32_t	ctx[6];		/* capitalized words around its first mention */
	int		nctx, ctxset;
	int		age;		/* from "Name, 64," or 0 */
	unsigned	stamp;		/* the rolefind call that set fit */
	int		fit;		/* how it fit that call's role */
};

struct ev {
	size_t		off;
	int		ent;
	int		subj;	/* opens its sentence: likely its subject */
	uint32_t	fits;	/* the roles a person has; EV_ORG: an organisation */
};

#define EV_ORG	0x80000000u

/* A role to resolve: the noun's roles, the noun, and its adjectives. */
struct rq {
	unsigned	roles;
	size_t		woff, wlen;
	uint32_t	adj[3];
	int		nadj;
};

/* A mention in the narration, resolved once all full names are known. */
struct cand {
	size_t		off;		/* where, for the order of mentions */
	size_t		ls, le;		/* the paragraph (line) holding it */
	size_t		noff;		/* the name; for a role, its index in rq */
	uint32_t	nlen, llen;	/* the name's length, its last word's */
	unsigned char	type;		/* NP_NAME, NP_ORG or NP_ROLE */
	unsigned char	single, cue;	/* one word; next to a cue */
	unsigned char	subj;		/* opens its sentence */
	unsigned char	credchar;	/* its line may be a credit */
	char		gender;
};

struct hmap {
	int	*slot;
	size_t	 cap, n;
};

struct quote_ctx {
	const char	*s;
	size_t		 n;
	struct tok	*tok;
	size_t		 ntok, tokcap;
	struct qt	*q;
	size_t		 nq, qcap;
	struct ent	*ent;
	size_t		 nent, entcap;
	unsigned	 stamp;		/* counts rolefind's calls */
	struct ev	*ev;
	size_t		 nev, evcap;
	struct cand	*cand;
	size_t		 ncand, candcap;
	struct rq	*rq;
	size_t		 nrq, rqcap;
	struct hmap	 full, sur, first;
	size_t		*mi;		/* words that may start a mention */
	size_t		 nmi, micap;
	size_t		 ps, pe;	/* the paragraph being read in pass 1 */
	int		 credchar;	/* it has a : ( / or the copyright sign */
	int		 lastspk;	/* the speaker of the last quote, or -1 */
	size_t		 lastoff;	/* and where that quote was */
};

/* A noun phrase found as a speaker. */
enum { NP_NONE, NP_PRON, NP_ROLE, NP_NAME, NP_ORG, NP_AGE };

struct np {
	int		type;
	int		s, e;	/* the mention, tokens [s, e) */
	unsigned	roles;
};

/* --- the word table --- */

/*
 * The hash of a name in the mention maps, with few steps that wait on
 * each other: eight bytes at a time, each word mixed in by a multiply;
 * the rest is read as the last eight bytes, or a short name as two
 * four-byte words or three of its bytes. Those reads overlap, and the
 * length, mixed in first, tells the names they would confuse apart.
 */
static uint32_t
hash(const char *s, size_t n)
{
	const uint64_t k = 0x9E3779B97F4A7C15u;
	uint64_t h = n * k, w;
	uint32_t lo, hi;
	size_t i;

	if (n >= 8) {
		for (i = 0; n - i > 8; i += 8) {
			memcpy(&w, s + i, 8);
			h = (h ^ w) * k;
		}
		memcpy(&w, s + n - 8, 8);
	} else if (n >= 4) {
		memcpy(&lo, s, 4);
		memcpy(&hi, s + n - 4, 4);
		w = (uint64_t)hi << 32 | lo;
	} else if (n > 0) {
		w = (unsigned char)s[0] | (unsigned)(unsigned char)s[n / 2] << 8 |
		    (unsigned)(unsigned char)s[n - 1] << 16;
	} else
		w = 0;
	h = (h ^ w) * k;
	return h >> 32 ^ h >> 17;
}

/*
 * The word table's hash: the length and three letters, folded to lower
 * case, so that most words of a text miss at the cost of a few operations.
 */
static unsigned
whash(const char *s, size_t n)
{
	uint32_t a = s[0] | 0x20, b = s[n / 2] | 0x20, c = s[n - 1] | 0x20;

	return ((uint32_t)n * 0x9E3779B1u ^ a * 0x85EBCA77u ^ b * 0xC2B2AE3Du ^
	    c * 0x27D4EB2Fu) >> 20;
}

static void
wtab_init(void)
{
	static int done;
	size_t i, j, n;

	if (done)
		return;
	done = 1;
	for (i = 0; i < NWORDS; i++) {
		n = strlen(words[i].w);
		j = whash(words[i].w, n);
		while (wtab[j].w != NULL && strcmp(wtab[j].w, words[i].w) != 0)
			j = (j + 1) & (sizeof(wtab) / sizeof(wtab[0]) - 1);
		wtab[j].w = words[i].w;
		wtab[j].n = n;
		if (n > 0 && n < 16)
			wfilt[n][words[i].w[0] & 31] |= (uint32_t)1 <<
			    (words[i].w[n - 1] & 31);
		wtab[j].mask |= words[i].mask;
		wtab[j].roles |= words[i].roles;
		if (words[i].gender)
			wtab[j].gender = words[i].gender;
	}
}

static inline const struct wslot *
wlook(const char *s, size_t n)
{
	size_t i, j;
	int c;

	if (n == 0 || n > 15 ||
	    !(wfilt[n][s[0] & 31] >> (s[n - 1] & 31) & 1))
		return NULL;
	for (j = whash(s, n); wtab[j].w != NULL;
	    j = (j + 1) & (sizeof(wtab) / sizeof(wtab[0]) - 1)) {
		if (wtab[j].n != n)
			continue;
		for (i = 0; i < n; i++) {
			c = (unsigned char)s[i];
			if (c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
			if (c != (unsigned char)wtab[j].w[i])
				break;
		}
		if (i == n)
			return &wtab[j];
	}
	return NULL;
}

int
quote_iscue(const char *w, size_t n)
{
	const struct wslot *ws;

	wtab_init();
	return (ws = wlook(w, n)) != NULL && (ws->mask & W_CUE);
}

/*
 * Is the line of n bytes at s shaped like a photo caption's credit: a
 * credit word with a colon or an opening parenthesis (Photo: Ann Lee,
 * (Image Ann Lee), Crédit ...), or a parenthesis closing on a slash and an
 * outlet (Ann Lee / The Courier)?
 */
int
quote_iscredit(const char *s, size_t n)
{
	static const struct {
		const char *w;
		size_t len;
	} words[] = {
#define W(s)	{ s, sizeof(s) - 1 }
		W("photo"), W("image"), W("credit"), W("foto"),
		W("cr\xc3\xa9" "dit"), W("picture"), W("pictures"),
		W("illustration"), W("photograph")
#undef W
	};
	const char *p;
	size_t i, j, k, len;
	int c;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
	    s[n - 1] == '\r'))
		n--;
	/* a credit word counts only before a colon or after a parenthesis */
	if (memchr(s, ':', n) == NULL && memchr(s, '(', n) == NULL)
		i = n;
	else
		i = 0;
	for (; i < n; i++) {
		/* in a long paragraph only a credit at its start or end */
		if (i > 0 && n > 300 && i + 120 < n)
			i = n - 120;
		/* a word start: the line start or after a space or ( */
		if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(' &&
		    s[i - 1] != '\t')
			continue;
		c = s[i] | 0x20;
		if (c != 'p' && c != 'i' && c != 'c' && c != 'f')
			continue;
		for (j = 0; j < sizeof(words) / sizeof(words[0]); j++) {
			len = words[j].len;
			if (n - i < len || words[j].w[0] != c)
				continue;
			for (k = 1; k < len; k++)
				if ((s[i + k] | 0x20) != words[j].w[k])
					break;
			if (k < len)
				continue;
			k = i + len;
			if (k < n && (s[k] | 0x20) == 's')
				k++;	/* Photos:, Credits: */
			/* (Photo Ann Lee) */
			if (i > 0 && s[i - 1] == '(' && k < n && s[k] == ' ')
				return 1;
			while (k < n && s[k] == ' ')
				k++;
			if (k < n && s[k] == ':')
				return 1;
		}
	}
	/* the copyright sign as a word (not the tail of a mis-decoded é) */
	for (p = s; n > 0 && (p = memchr(p, 0xc2, s + n - 1 - p)) != NULL; p++) {
		i = p - s;
		if ((unsigned char)s[i + 1] == 0xa9 &&
		    (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') &&
		    (i + 2 == n || s[i + 2] == ' '))
			return 1;
	}
	/* a short line naming a photographer and an outlet: Ann Lee / Courier */
	if (n > 0 && n < 100 && s[n - 1] != '.' && s[n - 1] != '!' &&
	    s[n - 1] != '?' && s[n - 1] != '"' && s[n - 1] != ':')
		for (i = 1; i + 1 < n; i++)
			if (s[i] == '/' && s[i - 1] == ' ' && s[i + 1] == ' ')
				return 1;
	/* ... / Outlet) */
	if (n > 0 && s[n - 1] == ')') {
		for (i = n - 1; i > 0 && s[i - 1] != '('; i--)
			if (s[i - 1] == '/')
				return 1;
	}
	return 0;
}

/* --- characters --- */

enum { C_PUNCT, C_SPACE, C_ALPHA, C_DIGIT };

static const unsigned char ascii[128] = {
	['\t'] = C_SPACE, ['\n'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE,
	['\r'] = C_SPACE, [' '] = C_SPACE,
	['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT,
	['4'] = C_DIGIT, ['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT,
	['8'] = C_DIGIT, ['9'] = C_DIGIT,
	['A'] = C_ALPHA, ['B'] = C_ALPHA, ['C'] = C_ALPHA, ['D'] = C_ALPHA,
	['E'] = C_ALPHA, ['F'] = C_ALPHA, ['G'] = C_ALPHA, ['H'] = C_ALPHA,
	['I'] = C_ALPHA, ['J'] = C_ALPHA, ['K'] = C_ALPHA, ['L'] = C_ALPHA,
	['M'] = C_ALPHA, ['N'] = C_ALPHA, ['O'] = C_ALPHA, ['P'] = C_ALPHA,
	['Q'] = C_ALPHA, ['R'] = C_ALPHA, ['S'] = C_ALPHA, ['T'] = C_ALPHA,
	['U'] = C_ALPHA, ['V'] = C_ALPHA, ['W'] = C_ALPHA, ['X'] = C_ALPHA,
	['Y'] = C_ALPHA, ['Z'] = C_ALPHA,
	['a'] = C_ALPHA, ['b'] = C_ALPHA, ['c'] = C_ALPHA, ['d'] = C_ALPHA,
	['e'] = C_ALPHA, ['f'] = C_ALPHA, ['g'] = C_ALPHA, ['h'] = C_ALPHA,
	['i'] = C_ALPHA, ['j'] = C_ALPHA, ['k'] = C_ALPHA, ['l'] = C_ALPHA,
	['m'] = C_ALPHA, ['n'] = C_ALPHA, ['o'] = C_ALPHA, ['p'] = C_ALPHA,
	['q'] = C_ALPHA, ['r'] = C_ALPHA, ['s'] = C_ALPHA, ['t'] = C_ALPHA,
	['u'] = C_ALPHA, ['v'] = C_ALPHA, ['w'] = C_ALPHA, ['x'] = C_ALPHA,
	['y'] = C_ALPHA, ['z'] = C_ALPHA,
};

/* The ASCII letters and digits, the bytes a word is mostly made of. */
static unsigned char wordbyte[256];
/* The bytes after ASCII letters that may go on with the word: scanword's. */
static unsigned char wordmore[256];

static void
wordbyte_init(void)
{
	int c;

	for (c = 0; c < 128; c++)
		wordbyte[c] = ascii[c] >= C_ALPHA;
	for (c = 0x80; c < 256; c++)
		wordmore[c] = 1;
	wordmore['-'] = wordmore['\''] = wordmore['.'] = 1;
}

/* Decode the character at s[i] (i < n): its class, code point and length. */
static int
cclass(const char *s, size_t n, size_t i, uint32_t *cp, int *len)
{
	unsigned char c = s[i];
	int r;

	if (c < 0x80) {
		*cp = c;
		*len = 1;
		return ascii[c];
	}
	/* the punctuation of U+2000-U+203F: curly quotes, dashes, spaces */
	if (c == 0xE2 && n - i >= 3 && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
		*cp = 0x2000 | ((unsigned char)s[i + 2] & 0x3F);
		*len = 3;
		return *cp <= 0x200B || *cp == 0x202F ? C_SPACE :
		    *cp >= 0x2010 ? C_PUNCT : C_ALPHA;
	}
	/* a two-byte character (é, ü, «) decoded here as utf8_decode would */
	if (c >= 0xC2 && c < 0xE0 && n - i >= 2 &&
	    ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
		*cp = (uint32_t)(c & 0x1F) << 6 | ((unsigned char)s[i + 1] & 0x3F);
		r = 2;
	} else if ((r = utf8_decode((const unsigned char *)s + i, n - i,
	    cp)) < 0) {
		*cp = UTF8_REPL;
		*len = 1;
		return C_PUNCT;
	}
	*len = r;
	c = 0;
	if (*cp == 0xA0 || (*cp >= 0x2000 && *cp <= 0x200B) || *cp == 0x202F ||
	    *cp == 0x205F || *cp == 0x3000 || *cp == 0xFEFF)
		return C_SPACE;
	if ((*cp >= 0xA1 && *cp <= 0xBF) || *cp == 0xD7 || *cp == 0xF7 ||
	    (*cp >= 0x2010 && *cp <= 0x205E) || (*cp >= 0x2E00 && *cp <= 0x2E7F) ||
	    (*cp >= 0x3001 && *cp <= 0x303F) || (*cp >= 0xFF01 && *cp <= 0xFF0F) ||
	    (*cp >= 0x2190 && *cp <= 0x2BFF) || *cp == UTF8_REPL)
		return C_PUNCT;
	return C_ALPHA;
}

static int
isupper_cp(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	return (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
	    (c >= 0x100 && c <= 0x17F && c % 2 == 0) ||
	    (c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F);
}

static int
islower_cp(uint32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
	    (c >= 0x100 && c <= 0x17F && c % 2 == 1) ||
	    (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x45F);
}

/* The class of the character before s[i], or C_SPACE at the paragraph start. */
static int
cprev(const char *s, size_t ps, size_t i, uint32_t *cp)
{
	size_t j = i;
	int len;

	*cp = ' ';
	if (i <= ps)
		return C_SPACE;
	do
		j--;
	while (j > ps && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80);
	return cclass(s, i, j, cp, &len);
}

/* --- quotation marks --- */

enum {
	M_NONE, M_DQ, M_LDQ, M_RDQ, M_LOWDQ, M_LAQ, M_RAQ, M_LSQ, M_RSQ,
	M_LOWSQ, M_CJK, M_CJKE, M_CJK2, M_CJK2E, M_SQ,
	M_BT, M_AA		/* ``typewriter'' quotes of wire copy */
};

static int
marktype(uint32_t cp)
{
	switch (cp) {
	case '"':	return M_DQ;
	case '\'':	return M_SQ;
	case 0x201C:	return M_LDQ;
	case 0x201D:	return M_RDQ;
	case 0x201E:	return M_LOWDQ;
	case 0xAB:	return M_LAQ;
	case 0xBB:	return M_RAQ;
	case 0x2018:	return M_LSQ;
	case 0x2019:	return M_RSQ;
	case 0x201A:	return M_LOWSQ;
	case 0x300C:	return M_CJK;
	case 0x300D:	return M_CJKE;
	case 0x300E:	return M_CJK2;
	case 0x300F:	return M_CJK2E;
	}
	return M_NONE;
}

/*
 * Flanking, after CommonMark's emphasis rule: a mark opens when what
 * follows is not a space and what precedes is a space, the paragraph
 * start or an opening bracket or dash; it closes when what precedes is
 * not a space and what follows is no letter or digit.
 */
static int
leftflank(const char *s, size_t ps, size_t pe, size_t i, int len)
{
	uint32_t cp, pc;
	int l, pk;

	if (i + len >= pe || cclass(s, pe, i + len, &cp, &l) == C_SPACE)
		return 0;
	pk = cprev(s, ps, i, &pc);
	return pk == C_SPACE || pc == '(' || pc == '[' || pc == '{' ||
	    pc == 0x2014 || pc == 0x2013 || pc == '-' || pc == '/' ||
	    marktype(pc) != M_NONE;
}

static int
rightflank(const char *s, size_t ps, size_t pe, size_t i, int len)
{
	uint32_t cp, pc;
	int l, k;

	if (cprev(s, ps, i, &pc) == C_SPACE)
		return 0;
	if (i + len >= pe)
		return 1;
	k = cclass(s, pe, i + len, &cp, &l);
	return k != C_ALPHA && k != C_DIGIT;
}

/* Do the closing marks close a quote opened with the mark open? */
static int
closes(int open, int m)
{
	switch (open) {
	case M_DQ:	return m == M_DQ;
	case M_LDQ:	return m == M_RDQ;
	case M_RDQ:	return m == M_RDQ;
	case M_LOWDQ:	return m == M_LDQ || m == M_RDQ;
	case M_LAQ:	return m == M_RAQ;
	case M_RAQ:	return m == M_LAQ;
	case M_LSQ:	return m == M_RSQ;
	case M_LOWSQ:	return m == M_LSQ || m == M_RSQ;
	case M_CJK:	return m == M_CJKE;
	case M_CJK2:	return m == M_CJK2E;
	case M_SQ:	return m == M_SQ;
	case M_BT:	return m == M_AA;
	}
	return 0;
}

/* Can the mark m at s[i] open a quotation? */
static int
opens(const char *s, size_t ps, size_t pe, size_t i, int len, int m)
{
	uint32_t cp;
	int l;

	switch (m) {
	case M_LDQ: case M_LOWDQ: case M_LAQ: case M_CJK: case M_CJK2: case M_BT:
		return i + len < pe;
	case M_DQ:
		/* scraped text loses spaces: said:"Yes" opens too, 5" does not */
		if (i > ps && i + len < pe && (unsigned char)s[i - 1] < 0x80 &&
		    ascii[(unsigned char)s[i - 1]] == C_PUNCT && s[i - 1] != '"' &&
		    cclass(s, pe, i + len, &cp, &l) != C_SPACE)
			return 1;
		return leftflank(s, ps, pe, i, len);
	case M_RDQ: case M_RAQ: case M_LOWSQ:
		return leftflank(s, ps, pe, i, len);
	case M_LSQ: case M_SQ:
		/* '90s written with an opening mark is no quotation */
		return leftflank(s, ps, pe, i, len) &&
		    cclass(s, pe, i + len, &cp, &l) != C_DIGIT;
	}
	return 0;
}

static int
isspace_at(const char *s, size_t n, size_t i, int *len)
{
	uint32_t cp;

	return cclass(s, n, i, &cp, len) == C_SPACE;
}

/* Add the quote whose text runs from a to b, trimmed of spaces. */
static void
addquote(struct quote_ctx *x, size_t mo, int mlen, size_t mc, int mclen,
    int para)
{
	size_t a = mo + mlen, b = mc;
	struct qt *q;
	size_t j;
	uint32_t cp;
	int len;

	while (a < b && isspace_at(x->s, b, a, &len))
		a += len;
	while (b > a) {
		j = b - 1;
		while (j > a && ((unsigned char)x->s[j] & 0xC0) == 0x80 && b - j < 4)
			j--;
		if (!isspace_at(x->s, b, j, &len))
			break;
		b = j;
	}
	if (a == b)
		return;
	x->q = nu_grow(x->q, &x->qcap, (x->nq + 1) * sizeof(*x->q));
	q = &x->q[x->nq++];
	memset(q, 0, sizeof(*q));
	q->off = a;
	q->len = b - a;
	q->para = para;
	q->om = mo;
	q->omlen = mlen;
	q->cm = mc;
	q->cmlen = mclen;
	q->closed = mclen > 0;
	q->topen = q->tclose = -1;
	j = b - 1;
	while (j > a && ((unsigned char)x->s[j] & 0xC0) == 0x80)
		j--;
	cclass(x->s, b, j, &cp, &len);
	q->last = cp < 0x80 ? (char)cp : cp == 0x2026 ? '.' :
	    (cp == 0x2014 || cp == 0x2013) ? '-' : '?';
	cclass(x->s, b, a, &cp, &len);
	q->lower = islower_cp(cp);
}

/*
 * Is the closing single mark at s[i] a plural possessive (the states'
 * rights) while a later one could close the quote? Looks ahead a bounded
 * distance only.
 */
static int
possessive(const char *s, size_t ps, size_t pe, size_t i, int len, int open)
{
	size_t j, end = pe - i > 2000 ? i + 2000 : pe;
	uint32_t cp;
	int l, m;

	if (cprev(s, ps, i, &cp) != C_ALPHA || (cp != 's' && cp != 'S'))
		return 0;
	for (j = i + len; j < end; j += l) {
		cclass(s, end, j, &cp, &l);
		if ((m = marktype(cp)) == M_NONE)
			continue;
		/* a new quote opens first: this one closes */
		if (m == M_LSQ || (m == M_SQ && leftflank(s, ps, pe, j, l)))
			return 0;
		if (closes(open, m) && rightflank(s, ps, pe, j, l))
			return 1;
	}
	return 0;
}

/* The eight bytes at s as a number, s[0] in its low byte on any machine. */
static inline uint64_t
ld64le(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	    (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 |
	    (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

/*
 * Skip the ASCII bytes other than quotation marks from s[i], no further
 * than pe, eight at a time while the n bytes of s last: a word has a byte
 * >= 0x80 or a mark when (w | (w ^ Q) - ONES) & ~(w ^ Q) & HIGH is not
 * zero (the zero-byte test of Hacker's Delight 6-1). Its lowest bit set,
 * exact though higher ones may not be, is 1 << (8 * k + 7) for the first
 * such byte k, which a multiply turns into k.
 */
static size_t
skipplain(const char *s, size_t i, size_t pe, size_t n)
{
	const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
	const uint64_t qq = 0x2222222222222222u, aa = 0x2727272727272727u;
	const uint64_t bb = 0x6060606060606060u;
	uint64_t w, v, a, b, m;

	while (i < pe && n - i >= 8) {
		w = ld64le(s + i);
		v = w ^ qq;
		a = w ^ aa;
		b = w ^ bb;
		m = (w | ((v - ones) & ~v) | ((a - ones) & ~a) |
		    ((b - ones) & ~b)) & high;
		if (m != 0) {
			i += (((m & -m) >> 7) * 0x0001020304050607u) >> 56;
			return i < pe ? i : pe;
		}
		i += 8;
	}
	if (i > pe)
		return pe;
	while (i < pe && (unsigned char)s[i] < 0x80 && s[i] != '"' &&
	    s[i] != '\'' && s[i] != '`')
		i++;
	return i;
}

/*
 * Pair the marks of the paragraph [ps, pe). Only the outermost quotation
 * is kept; inner marks of another kind are text. A quote still open at the
 * end of the paragraph runs to its end.
 */
static void
scanmarks(struct quote_ctx *x, size_t ps, size_t pe, int para)
{
	const char *s = x->s;
	size_t i, start = 0;
	uint32_t cp;
	int len, m, slen = 0, open = M_NONE;

	for (i = ps; i < pe; i += len) {
		len = 1;
		i = skipplain(s, i, pe, x->n);
		if (i >= pe)
			break;
		if ((s[i] == '`' || s[i] == '\'') && i + 1 < pe && s[i + 1] == s[i]) {
			m = s[i] == '`' ? M_BT : M_AA;
			len = 2;
		} else if (s[i] == '`') {
			continue;
		} else {
			/* an apostrophe after a letter opens nothing: Lorvania's */
			if (s[i] == '\'' && open != M_SQ && i > ps &&
			    wordbyte[(unsigned char)s[i - 1]])
				continue;
			cclass(s, pe, i, &cp, &len);
			if ((m = marktype(cp)) == M_NONE)
				continue;
		}
		if (open == M_NONE) {
			if (opens(s, ps, pe, i, len, m)) {
				open = m;
				start = i;
				slen = len;
			}
			continue;
		}
		/* an opening curly mark typed where the closing one belongs */
		if (open == M_LDQ && m == M_LDQ && rightflank(s, ps, pe, i, len) &&
		    !leftflank(s, ps, pe, i, len))
			m = M_RDQ;
		/*
		 * A mark that can only open, met inside a quote of the same
		 * mark, opens the next quote: the one before was left open
		 * (paragraphs run together), and pairing on would flip every
		 * later quote with the narration.
		 */
		if ((open == M_DQ || open == M_LDQ) && m == open &&
		    leftflank(s, ps, pe, i, len) && !rightflank(s, ps, pe, i, len)) {
			addquote(x, start, slen, i, 0, para);
			start = i;
			slen = len;
			continue;
		}
		if (!closes(open, m))
			continue;
		if ((open == M_LSQ || open == M_LOWSQ || open == M_SQ) &&
		    (!rightflank(s, ps, pe, i, len) ||
		    possessive(s, ps, pe, i, len, open)))
			continue;
		addquote(x, start, slen, i, len, para);
		open = M_NONE;
	}
	/* an unpaired straight single mark was an apostrophe after all */
	if (open != M_NONE && open != M_SQ)
		addquote(x, start, slen, pe, 0, para);
}

/* --- tokens --- */

static inline struct tok *
newtok(struct quote_ctx *x, size_t off, size_t len, int kind, int q, int para)
{
	struct tok *t;

	if (x->ntok >= x->tokcap / sizeof(*x->tok))
		x->tok = nu_grow(x->tok, &x->tokcap, (x->ntok + 1) * sizeof(*x->tok));
	t = &x->tok[x->ntok++];
	*t = (struct tok){ .off = off, .kind = kind, .q = q, .para = para,
	    .len = len > UINT32_MAX ? UINT32_MAX : (unsigned)len };
	return t;
}

/* Is the word w (n bytes) written before a period it keeps: U.S. Dr. */
static int
abbrev(const char *w, size_t n)
{
	const struct wslot *ws;
	char b[24];

	if ((n == 1 && (*w | 0x20) >= 'a' && (*w | 0x20) <= 'z') ||
	    memchr(w, '.', n) != NULL)
		return 1;
	if (n + 1 >= sizeof(b))
		return 0;
	memcpy(b, w, n);
	b[n] = '.';
	ws = wlook(b, n + 1);
	return ws != NULL;
}

/* Scan a word at s[i]; return its end. */
static size_t
scanword(const char *s, size_t pe, size_t i)
{
	uint32_t cp, nc;
	int k, len, l2;

	while (i < pe) {
		if (wordbyte[(unsigned char)s[i]]) {
			i++;
			continue;
		}
		if ((unsigned char)s[i] < 0x80 && s[i] != '-' && s[i] != '\'' &&
		    s[i] != '.')
			break;
		k = cclass(s, pe, i, &cp, &len);
		if (k == C_ALPHA || k == C_DIGIT) {
			i += len;
			continue;
		}
		/* inner hyphen, apostrophe or period: Moscow-aligned, don't, U.S */
		if ((cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.') &&
		    i + len < pe) {
			k = cclass(s, pe, i + len, &nc, &l2);
			if (k == C_ALPHA || k == C_DIGIT) {
				i += len;
				continue;
			}
		}
		break;
	}
	return i;
}

/*
 * The given names of lib/names in a hash set, built once: a lookup per
 * capitalized word is then a hash and a compare, not a binary search.
 */
static struct gslot {
	int32_t		i;	/* index in names_tab, -1 when free */
	uint32_t	h;	/* the name's hash */
} gtab[1 << 14];

/* The filter of wfilt for the given names: their length and end letters. */
static uint32_t gfilt[32][32];

/* FNV-1a of the n bytes at s, ASCII folded to lower case. */
static uint32_t
lhash(const char *s, size_t n)
{
	uint32_t h = 2166136261u, c;
	size_t i;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c - 'A' < 26)
			c += 'a' - 'A';
		h = (h ^ c) * 16777619u;
	}
	return h;
}

static void
gtab_init(void)
{
	static int done;
	size_t i, j, n;
	uint32_t h;

	if (done)
		return;
	done = 1;
	for (j = 0; j < sizeof(gtab) / sizeof(gtab[0]); j++)
		gtab[j].i = -1;
	for (i = 0; i < names_ntab && i < sizeof(gtab) / sizeof(gtab[0]) / 2; i++) {
		n = strlen(names_tab[i].name);
		if (n > 0 && n < 32)
			gfilt[n][names_tab[i].name[0] & 31] |= (uint32_t)1 <<
			    (names_tab[i].name[n - 1] & 31);
		h = lhash(names_tab[i].name, n);
		j = h & (sizeof(gtab) / sizeof(gtab[0]) - 1);
		while (gtab[j].i >= 0)
			j = (j + 1) & (sizeof(gtab) / sizeof(gtab[0]) - 1);
		gtab[j].i = i;
		gtab[j].h = h;
	}
}

static int
given(const char *s, size_t n)
{
	const char *w;
	size_t i, j;
	uint32_t h;
	int c;

	if (n == 0 || n >= 32 ||
	    !(gfilt[n][s[0] & 31] >> (s[n - 1] & 31) & 1))
		return 0;
	h = lhash(s, n);
	for (j = h & (sizeof(gtab) / sizeof(gtab[0]) - 1); gtab[j].i >= 0;
	    j = (j + 1) & (sizeof(gtab) / sizeof(gtab[0]) - 1)) {
		if (gtab[j].h != h)
			continue;
		w = names_tab[gtab[j].i].name;
		for (i = 0; i < n; i++) {
			c = (unsigned char)s[i];
			if (c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
			if (c != (unsigned char)w[i])
				break;
		}
		if (i == n && w[n] == '\0')
			return names_tab[gtab[j].i].gender;
	}
	return 0;
}

static void
wordtok(struct quote_ctx *x, size_t a, size_t b, int q, int para)
{
	const struct wslot *ws;
	struct tok *t;
	uint32_t cp;
	int len, g;

	/*
	 * Inside a quote only names and the little words between them are
	 * looked at: a run of longer lower-case words is one gap token.
	 */
	if (q >= 0 && b - a > 5 && x->s[a] >= 'a' && x->s[a] <= 'z') {
		t = x->ntok > 0 ? &x->tok[x->ntok - 1] : NULL;
		if (t != NULL && (t->fl & F_GAP) && t->q == q) {
			t->len = b - t->off > UINT32_MAX ? UINT32_MAX : b - t->off;
			if (t->c < 100)
				t->c++;
			return;
		}
		t = newtok(x, a, b - a, T_WORD, q, para);
		t->fl = F_GAP | F_LOW;
		t->c = 1;
		return;
	}
	t = newtok(x, a, b - a, T_WORD, q, para);
	/* possessive 's is left out of the word */
	if (t->len > 2 && x->s[b - 1] == 's' && x->s[b - 2] == '\'') {
		t->len -= 2;
		t->fl |= F_POSS;
	} else if (t->len > 4 && x->s[b - 1] == 's' &&
	    memcmp(x->s + b - 4, "\xE2\x80\x99", 3) == 0) {
		t->len -= 4;
		t->fl |= F_POSS;
	}
	if ((unsigned char)x->s[a] < 0x80)
		cp = (unsigned char)x->s[a];
	else
		cclass(x->s, b, a, &cp, &len);
	if (cp >= 'a' && cp <= 'z')
		t->fl |= F_LOW;
	else if (isupper_cp(cp))
		t->fl |= F_CAP;
	else if (islower_cp(cp))
		t->fl |= F_LOW;
	if ((ws = wlook(x->s + a, t->len)) != NULL) {
		t->mask = ws->mask;
		t->roles = ws->roles;
		t->gender = ws->gender;
	}
	/* cue verbs and pronouns are lower case, but for a sentence's start */
	if ((t->mask & W_CUE) && !(t->fl & F_LOW) &&
	    !(t->len == 9 && memcmp(x->s + a, "According", 9) == 0))
		t->mask &= ~W_CUE;
	if ((t->fl & F_CAP) && !(t->mask & (W_STOP | W_TITLE)) &&
	    (g = given(x->s + a, t->len)) != 0)
		t->gender = g;
	/* what mentions looks at: capitals, and pronouns and roles outside quotes */
	if ((t->fl & F_CAP) || (q < 0 && (t->mask & (W_PRON | W_ROLE)))) {
		if (x->nmi >= x->micap / sizeof(*x->mi))
			x->mi = nu_grow(x->mi, &x->micap,
			    (x->nmi + 1) * sizeof(*x->mi));
		x->mi[x->nmi++] = t - x->tok;
	}
}

static void
puncttok(struct quote_ctx *x, size_t a, int len, uint32_t cp, int q, int para)
{
	struct tok *t;

	if (cp == ':' || cp == '(' || cp == '/' || cp == 0xA9)
		x->credchar = 1;

	/* a run of the same mark is one token: memory stays small for "!!!!" */
	if (x->ntok > 0) {
		t = &x->tok[x->ntok - 1];
		if (t->kind == T_PUNCT && t->q == q && t->para == para &&
		    t->off + t->len == a && t->len < 64 &&
		    memcmp(x->s + t->off, x->s + a, len) == 0 &&
		    (t->len == (unsigned)len || memcmp(x->s + a - len, x->s + a,
		    len) == 0)) {
			t->len += len;
			return;
		}
	}
	t = newtok(x, a, len, T_PUNCT, q, para);
	if (cp < 0x80)
		t->c = cp;
	else if (cp == 0x2014 || cp == 0x2013)
		t->c = '-';
	else if (cp == 0x2026)
		t->c = '~';
	else
		t->c = '?' + 1;
}

/* Tokenize the paragraph [ps, pe), whose quotes are x->q[q0..q1). */
static void
tokenize(struct quote_ctx *x, size_t ps, size_t pe, int para, size_t q0,
    size_t q1)
{
	const char *s = x->s;
	size_t i = ps, e, qi = q0, lim = pe, split;
	size_t nextmark = qi < q1 ? x->q[qi].om : SIZE_MAX;
	uint32_t cp;
	int k, len, inq = -1;
	struct qt *q;
	/*
	 * The byte at lim, when there is one, is a space, a mark or the
	 * newline: no word byte, so it ends a run of letters by itself.
	 */
	int stop = lim < x->n && !wordbyte[(unsigned char)s[lim]];
	size_t bound = nextmark;	/* nextmark outside a quote, else lim */

	while (i < pe) {
		if (i < bound)
			;
		else if (inq < 0) {
			q = &x->q[qi];
			q->topen = x->ntok;
			newtok(x, q->om, q->omlen, T_OPEN, qi, para);
			i = q->off;
			inq = qi;
			lim = q->off + q->len;
			stop = lim < x->n && !wordbyte[(unsigned char)s[lim]];
			bound = lim;
			continue;
		} else {
			q = &x->q[inq];
			if (q->closed) {
				q->tclose = x->ntok;
				newtok(x, q->cm, q->cmlen, T_CLOSE, inq, para);
				i = q->cm + q->cmlen;
			}
			inq = -1;
			qi++;
			nextmark = qi < q1 ? x->q[qi].om : SIZE_MAX;
			lim = pe;
			stop = lim < x->n && !wordbyte[(unsigned char)s[lim]];
			bound = nextmark;
			continue;
		}
		if ((unsigned char)s[i] < 0x80) {
			k = ascii[(unsigned char)s[i]];
			cp = (unsigned char)s[i];
			len = 1;
		} else
			k = cclass(s, lim, i, &cp, &len);
		if (k == C_SPACE) {
			i += len;
			continue;
		}
		if (k == C_ALPHA || k == C_DIGIT) {
			/* the ASCII letters first, the rest by scanword */
			e = i;
			if ((unsigned char)s[e] >= 0x80)
				;
			else if (stop)
				while (wordbyte[(unsigned char)s[++e]])
					;
			else
				while (++e < lim && wordbyte[(unsigned char)s[e]])
					;
			if (e < lim && wordmore[(unsigned char)s[e]])
				e = scanword(s, lim, e);
			if (e < lim && s[e] == '.' && abbrev(s + i, e - i))
				e++;
			/* French inversion: a-t-il, souvient-elle: the pronoun is a word */
			split = 0;
			if (s[e - 1] == 'l' && inq < 0 && e - i > 3 &&
			    s[e - 2] == 'i' && s[e - 3] == '-')
				split = 2;
			else if (s[e - 1] == 'e' && inq < 0 && e - i > 5 &&
			    memcmp(s + e - 5, "-elle", 5) == 0)
				split = 4;
			for (;;) {
				wordtok(x, i, split ? e - split - 1 : e, inq, para);
				if (!split)
					break;
				i = e - split;
				split = 0;
			}
			/* a space never holds a mark: skip it here */
			i = e;
			if (i < pe && s[i] == ' ')
				i++;
			continue;
		}
		if (cp == '.' && i + 2 < lim && s[i + 1] == '.' && s[i + 2] == '.') {
			puncttok(x, i, 3, 0x2026, inq, para);
			i += 3;
			continue;
		}
		puncttok(x, i, len, cp, inq, para);
		i += len;
	}
	if (inq >= 0) {
		x->q[inq].tclose = -1;
		qi++;
	}
}

/* --- small token tests --- */

static int
isword(const struct quote_ctx *x, int i, unsigned mask)
{
	return i >= 0 && (size_t)i < x->ntok && x->tok[i].kind == T_WORD &&
	    (x->tok[i].mask & mask);
}

static int
iscap(const struct quote_ctx *x, int i)
{
	return i >= 0 && (size_t)i < x->ntok && x->tok[i].kind == T_WORD &&
	    (x->tok[i].fl & F_CAP);
}

static int
ispn(const struct quote_ctx *x, int i, int c)
{
	return i >= 0 && (size_t)i < x->ntok && x->tok[i].kind == T_PUNCT &&
	    x->tok[i].c == c;
}

/* Is token i the word w, n bytes? wordis(x, i, "literal") gives n itself. */
static inline int
wordisn(const struct quote_ctx *x, int i, const char *w, size_t n)
{
	return i >= 0 && (size_t)i < x->ntok && x->tok[i].kind == T_WORD &&
	    x->tok[i].len == n && memcmp(x->s + x->tok[i].off, w, n) == 0;
}

#define wordis(x, i, w)	wordisn((x), (i), "" w, sizeof(w) - 1)

static int
allcaps(const struct quote_ctx *x, int i)
{
	const struct tok *t = &x->tok[i];
	unsigned j;

	if (t->len < 2)
		return 0;
	for (j = 0; j < t->len; j++)
		if ((x->s[t->off + j] < 'A' || x->s[t->off + j] > 'Z') &&
		    x->s[t->off + j] != '.' && x->s[t->off + j] != '&')
			return 0;
	return 1;
}

/* The end of the capitalized name starting at token i (same quote). */
static int
capfwd(const struct quote_ctx *x, int i)
{
	int q = x->tok[i].q, p = x->tok[i].para, end = i + 32;

	/* a name has at most 32 words: a run of capitals is cut there */
	while ((size_t)i < x->ntok && i < end && iscap(x, i) && x->tok[i].q == q &&
	    x->tok[i].para == p) {
		if (x->tok[i].fl & F_POSS)
			return i + 1;
		if (isword(x, i + 1, W_CONN) && iscap(x, i + 2) &&
		    x->tok[i + 2].q == q && x->tok[i + 2].para == p)
			i += 2;
		else if (isword(x, i, W_ORG) && isword(x, i + 1, W_CONN) &&
		    wordis(x, i + 2, "the") && iscap(x, i + 3) &&
		    x->tok[i + 3].q == q && x->tok[i + 3].para == p)
			i += 3;	/* Ministry of the Environment */
		else
			i++;
	}
	return i;
}

/* The start of the capitalized name ending at token i. */
static int
capback(const struct quote_ctx *x, int i, int lo)
{
	int q = x->tok[i].q, p = x->tok[i].para;

	while (i > lo && iscap(x, i - 1) && x->tok[i - 1].q == q &&
	    x->tok[i - 1].para == p && !(x->tok[i - 1].fl & F_POSS))
		i--;
	while (i - 1 > lo && isword(x, i - 1, W_CONN) && iscap(x, i - 2) &&
	    x->tok[i - 2].q == q && x->tok[i - 2].para == p &&
	    !(x->tok[i - 2].fl & F_POSS)) {
		i -= 2;
		while (i > lo && iscap(x, i - 1) && x->tok[i - 1].q == q &&
		    x->tok[i - 1].para == p && !(x->tok[i - 1].fl & F_POSS))
			i--;
	}
	return i;
}

/*
 * What the capitalized words [s, e) name: an organisation (its last word
 * is Ministry, Department...; or an acronym), a role (its last word is a
 * title: the Lorvanian President), or a person, whose name is cut from the
 * titles before it: from a known given name, else after the last title,
 * else the last two words. Sets *ns, *ne to the name.
 */
static int
nameof(const struct quote_ctx *x, int s, int e, int *ns, int *ne, int *sure)
{
	int n, t;

	*sure = 0;
	while (s < e && isword(x, s, W_STOP | W_CONN))
		s++;
	while (e - s > 1 && isword(x, e - 1, W_SUFF))
		e--;		/* Robert J. Hale Jr. is Robert J. Hale */
	*ns = s;
	*ne = e;
	if (s >= e)
		return NP_NONE;
	if (isword(x, e - 1, W_ORG) || (e - s == 1 && allcaps(x, s)))
		return NP_ORG;
	/* Ministry of Defence, Bank of England */
	for (t = s; t + 2 < e; t++)
		if (isword(x, t, W_ORG) && !isword(x, t, W_TITLE) &&
		    (wordis(x, t + 1, "of") || wordis(x, t + 1, "for")))
			return NP_ORG;
	if (isword(x, e - 1, W_TITLE))
		return isword(x, e - 1, W_ROLE) ? NP_ROLE : NP_NONE;
	/*
	 * A person's name holds no "of": the name is after it when a given
	 * name is there (Secretary of State Antony Blinken), else before it
	 * (the Rev. Anna Bright of St. Jude's Church).
	 */
	for (t = e - 2; t > s; t--)
		if (wordis(x, t, "of"))
			break;
	if (t > s) {
		for (n = t + 1; n < e - 1 && !x->tok[n].gender; n++)
			;
		if (n >= e - 1) {
			for (n = s; n < t && !x->tok[n].gender; n++)
				;
			if (n < t)
				*ne = e = t;
		}
	}
	n = e - s;
	*sure = 1;
	if (n >= 3 && x->tok[e - 3].gender && !isword(x, e - 3, W_TITLE)) {
		*ns = e - 3;
		return NP_NAME;
	}
	if (n >= 2 && x->tok[e - 2].gender && !isword(x, e - 2, W_TITLE)) {
		*ns = e - 2;
		return NP_NAME;
	}
	for (t = e - 1; t >= s; t--)
		if (isword(x, t, W_TITLE))
			break;
	*sure = t >= s && t + 1 < e;
	if (t >= s && t + 1 < e)
		*ns = t + 1;
	else if (n >= 3)
		*ns = e - 2;
	return NP_NAME;
}

/* --- the mention table --- */

static size_t
tokend(const struct quote_ctx *x, int i)
{
	return x->tok[i].off + x->tok[i].len;
}

static int
hget(const struct quote_ctx *x, const struct hmap *h, int sur, const char *k,
    size_t n)
{
	size_t j;
	const struct ent *e;

	if (h->cap == 0)
		return -1;
	for (j = hash(k, n) & (h->cap - 1); h->slot[j] >= 0; j = (j + 1) & (h->cap - 1)) {
		e = &x->ent[h->slot[j]];
		if (sur == 1 ? e->llen == n && memcmp(x->s + e->loff, k, n) == 0 :
		    sur == 2 ? e->flen == n && memcmp(x->s + e->off, k, n) == 0 :
		    e->len == n && memcmp(x->s + e->off, k, n) == 0)
			return j;
	}
	return -(int)j - 2;
}

static void
hput(struct quote_ctx *x, struct hmap *h, int sur, int id)
{
	struct hmap nh;
	const struct ent *e;
	size_t i, j;
	int r;

	if ((h->n + 1) * 2 > h->cap) {
		nh.cap = h->cap ? h->cap * 2 : 64;
		nh.n = 0;
		nh.slot = nu_alloc(nh.cap * sizeof(int));
		for (i = 0; i < nh.cap; i++)
			nh.slot[i] = -1;
		for (i = 0; i < h->cap; i++)
			if (h->slot[i] >= 0)
				hput(x, &nh, sur, h->slot[i]);
		free(h->slot);
		*h = nh;
	}
	e = &x->ent[id];
	r = sur == 1 ? hget(x, h, 1, x->s + e->loff, e->llen) :
	    sur == 2 ? hget(x, h, 2, x->s + e->off, e->flen) :
	    hget(x, h, 0, x->s + e->off, e->len);
	if (r >= 0) {
		h->slot[r] = id;
		return;
	}
	j = -(r + 2);
	h->slot[j] = id;
	h->n++;
}

static int
lookup(const struct quote_ctx *x, const struct hmap *h, int sur, size_t off,
    size_t len)
{
	int r = hget(x, h, sur, x->s + off, len);

	return r >= 0 ? h->slot[r] : -1;
}

/* The number 1-129 that token i is, or that starts "64-year-old"; else 0. */
static int
agenum(const struct quote_ctx *x, int i)
{
	const char *w;
	unsigned j, n = 0;

	if (i < 0 || (size_t)i >= x->ntok || x->tok[i].kind != T_WORD)
		return 0;
	w = x->s + x->tok[i].off;
	for (j = 0; j < x->tok[i].len && j < 4 && w[j] >= '0' && w[j] <= '9'; j++)
		n = n * 10 + (w[j] - '0');
	if (j == 0 || n == 0 || n > 129)
		return 0;
	if (j == x->tok[i].len)
		return n;
	if (x->tok[i].len - j == 9 && memcmp(w + j, "-year-old", 9) == 0)
		return -(int)n;
	return 0;
}

/*
 * The first four bytes of a word, ASCII folded to lower case: Lorvania
 * matches Lorvanian, and "the foreign minister" Foreign Minister.
 */
static uint32_t
prefix(const struct quote_ctx *x, int i)
{
	unsigned char b[4] = { 0, 0, 0, 0 };
	int j;

	memcpy(b, x->s + x->tok[i].off, x->tok[i].len < 4 ? x->tok[i].len : 4);
	for (j = 0; j < 4; j++)
		if (b[j] >= 'A' && b[j] <= 'Z')
			b[j] += 'a' - 'A';
	return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 |
	    (uint32_t)b[3] << 24;
}

/* The roles and gender found in the words around the name [s, e). */
static void
roles(struct quote_ctx *x, struct ent *en, int s, int ns, int e)
{
	int i, lo, hi, n;

	/*
	 * Before the name, only a title phrase: palace spokesman Ivo
	 * Brandt, Verrin's ambassador in Ostrava, Mila Kovac. A verb ends it
	 * (the President thanked the Harbour Board).
	 */
	for (i = ns - 1, lo = ns; i >= 0 && i >= s - 6; i--) {
		if (x->tok[i].q != x->tok[ns].q || x->tok[i].para != x->tok[ns].para)
			break;
		if (x->tok[i].kind == T_WORD && !(x->tok[i].fl & F_CAP) &&
		    !(x->tok[i].mask & (W_ROLE | W_DET | W_CONN)) &&
		    !wordis(x, i, "in") && !wordis(x, i, "to") &&
		    !wordis(x, i, "for") && !wordis(x, i, "at"))
			break;
		if (x->tok[i].kind == T_PUNCT && x->tok[i].c != ',')
			break;
		lo = i;
		if (x->tok[i].kind == T_WORD && (i >= s ||
		    (x->tok[i].mask & W_ROLE))) {
			en->roles |= x->tok[i].roles & ~R_ORGN;
			if (x->tok[i].gender && (x->tok[i].mask & W_TITLE) && !en->gender)
				en->gender = x->tok[i].gender;
		}
	}
	hi = e;
	if (!en->age && (n = agenum(x, e + 1)) > 0 && ispn(x, e, ',') &&
	    ispn(x, e + 2, ',') && x->tok[e + 1].para == x->tok[ns].para)
		en->age = n;	/* Greta Holm, 64, ... the 64-year-old */
	if (ispn(x, e, ',') && x->tok[e].para == x->tok[ns].para) {
		for (i = e + 1; (size_t)i < x->ntok && i < e + 8; i++) {
			if (x->tok[i].kind != T_WORD || x->tok[i].para != x->tok[e].para)
				break;
			if (x->tok[i].mask & W_ROLE) {
				en->roles |= x->tok[i].roles & ~R_ORGN;
				if (x->tok[i].gender && !en->gender)
					en->gender = x->tok[i].gender;
			}
		}
		hi = i;
	}
	if (!en->ctxset) {
		en->ctxset = 1;
		for (i = lo; i < hi && en->nctx < 6; i++)
			if (iscap(x, i))
				en->ctx[en->nctx++] = prefix(x, i);
	}
}

static int
newent(struct quote_ctx *x, size_t off, size_t len, size_t flen, size_t loff,
    size_t llen, int ntok, int kind, char gender)
{
	struct ent *en;

	x->ent = nu_grow(x->ent, &x->entcap, (x->nent + 1) * sizeof(*x->ent));
	en = &x->ent[x->nent];
	memset(en, 0, sizeof(*en));
	en->off = off;
	en->len = len;
	en->loff = loff;
	en->llen = llen;
	en->flen = flen;
	en->ntok = ntok;
	en->kind = kind;
	if (kind != E_ORG && gender != 'u')
		en->gender = gender;
	hput(x, &x->full, 0, x->nent);
	return x->nent++;
}

/* A new entity for the name tokens [ns, ne). */
static int
tokent(struct quote_ctx *x, int ns, int ne, int kind)
{
	return newent(x, x->tok[ns].off, tokend(x, ne - 1) - x->tok[ns].off,
	    x->tok[ns].len, x->tok[ne - 1].off, x->tok[ne - 1].len, ne - ns, kind,
	    isword(x, ns, W_TITLE) ? 0 : x->tok[ns].gender);
}

/* Make the surname map point at the fullest person with that last word. */
static void
surname(struct quote_ctx *x, int id)
{
	const struct ent *e = &x->ent[id], *o;
	int old;

	/*
	 * A name whose first word is no known given name may put the family
	 * name first (Moon Jae-in, Xi Jinping): it answers to that word too,
	 * when no name ends with it.
	 */
	if (e->ntok > 1 && e->ntok < 4 && e->kind != E_ORG &&
	    !given(x->s + e->off, e->flen) && lookup(x, &x->first, 2, e->off,
	    e->flen) < 0)
		hput(x, &x->first, 2, id);
	old = lookup(x, &x->sur, 1, e->loff, e->llen);
	if (old >= 0) {
		o = &x->ent[old];
		if ((o->kind == E_PER) > (e->kind == E_PER) ||
		    ((o->kind == E_PER) == (e->kind == E_PER) && o->ntok >= e->ntok))
			return;
	}
	hput(x, &x->sur, 1, id);
}

/*
 * Record the capitalized words [s, e), whose name nameof found at
 * [ns, ne): pass 1 collects the full names.
 */
static int
collect(struct quote_ctx *x, int s, int e, int type, int ns, int ne, int sure)
{
	int id, kind;

	if (type == NP_ORG) {
		if ((id = lookup(x, &x->full, 0, x->tok[ns].off,
		    tokend(x, ne - 1) - x->tok[ns].off)) < 0)
			id = tokent(x, ns, ne, E_ORG);
		return id;
	}
	if (type != NP_NAME || ne - ns < 2)
		return -1;
	kind = sure ? E_PER : E_UNK;
	if ((id = lookup(x, &x->full, 0, x->tok[ns].off,
	    tokend(x, ne - 1) - x->tok[ns].off)) < 0)
		id = tokent(x, ns, ne, kind);
	roles(x, &x->ent[id], s, ns, e);
	if (x->ent[id].roles || x->ent[id].gender)
		x->ent[id].kind = E_PER;
	surname(x, id);
	return id;
}

static void
addev(struct quote_ctx *x, size_t off, int ent, int subj)
{
	if ((x->nev + 1) * sizeof(*x->ev) > x->evcap)
		x->ev = nu_grow(x->ev, &x->evcap, (x->nev + 1) * sizeof(*x->ev));
	x->ev[x->nev].off = off;
	x->ev[x->nev].ent = ent;
	x->ev[x->nev].subj = subj;
	/* kinds and roles are settled in pass 1, before any mention is noted */
	x->ev[x->nev].fits = x->ent[ent].kind == E_PER ? x->ent[ent].roles :
	    x->ent[ent].kind == E_ORG ? EV_ORG : 0;
	x->nev++;
}

/* The index of the first mention at or after byte off. */
static size_t
evfind(const struct quote_ctx *x, size_t off)
{
	size_t lo = 0, hi = x->nev, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (x->ev[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The role phrase [s, r] as a query: the noun r and the adjectives before it. */
static void
rqmake(const struct quote_ctx *x, int s, int r, struct rq *rq)
{
	int i;

	rq->roles = x->tok[r].roles;
	rq->woff = x->tok[r].off;
	rq->wlen = x->tok[r].len;
	rq->nadj = 0;
	for (i = s; i < r && rq->nadj < 3; i++)
		if ((iscap(x, i) && !(x->tok[i].mask & (W_STOP | W_ROLE))) ||
		    (isword(x, i, W_TITLE) && !isword(x, i, W_ROLE)))
			rq->adj[rq->nadj++] = prefix(x, i);
}

/* Does an adjective of the role appear around the entity's first mention? */
static int
adjmatch(const struct rq *rq, const struct ent *en)
{
	int i, j;

	for (i = 0; i < rq->nadj; i++)
		for (j = 0; j < en->nctx; j++)
			if (rq->adj[i] == en->ctx[j])
				return 1;
	return 0;
}

/* Does the entity fit the role? */
static int
rolefits(const struct quote_ctx *x, const struct rq *rq, const struct ent *en)
{
	const char *p, *sp;
	size_t i, j;

	if (rq->roles & R_ORGN) {
		/* the ministry: an organisation with that word in its name */
		if (en->kind != E_ORG)
			return 0;
		p = x->s + en->off;
		for (i = 0; i + rq->wlen <= en->len; i = sp - p + 1) {
			/* i starts the name or follows a space */
			if (i + rq->wlen == en->len || p[i + rq->wlen] == ' ') {
				for (j = 0; j < rq->wlen; j++)
					if ((p[i + j] | 0x20) !=
					    (x->s[rq->woff + j] | 0x20))
						break;
				if (j == rq->wlen)
					return 1;
			}
			if ((sp = memchr(p + i, ' ', en->len - i)) == NULL)
				break;
		}
		return 0;
	}
	return en->kind == E_PER && (en->roles & rq->roles);
}

/*
 * Resolve a role (the Lorvanian envoy) at byte off to the person introduced
 * with that role, preferring one whose first mention shares an adjective
 * (Lorvanian); the nearest before off first, then after.
 */
static int
rolefind(struct quote_ctx *x, const struct rq *rq, size_t off)
{
	size_t at = evfind(x, off), i, n;
	uint32_t need = rq->roles & R_ORGN ? EV_ORG : rq->roles;
	int dir, id, fit;
	struct ent *en;

	/*
	 * A person is mentioned many times over: how they fit the role is
	 * worked out once a call and kept with them (0 no, 1 yes, 2 with a
	 * shared adjective), marked with the call's stamp.
	 */
	x->stamp++;
	for (dir = 0; dir < 2; dir++) {
		fit = -1;
		for (n = 0; n < EVWIN; n++) {
			if (dir == 0) {
				if (n >= at)
					break;
				i = at - 1 - n;
			} else if ((i = at + n) >= x->nev)
				break;
			/* what cannot fit is told from the mention itself */
			if (!(x->ev[i].fits & need))
				continue;
			id = x->ev[i].ent;
			en = &x->ent[id];
			if (en->stamp != x->stamp) {
				en->stamp = x->stamp;
				en->fit = !rolefits(x, rq, en) ? 0 :
				    adjmatch(rq, en) ? 2 : 1;
			}
			if (en->fit == 2)
				return id;
			if (en->fit == 1 && fit < 0)
				fit = id;
		}
		if (fit >= 0)
			return fit;
	}
	return -1;
}

/* The person last named before off (else first after) with that age. */
static int
agefind(const struct quote_ctx *x, int age, size_t off)
{
	size_t at = evfind(x, off), n;

	for (n = 0; n < EVWIN && n < at; n++)
		if (x->ent[x->ev[at - 1 - n].ent].age == age)
			return x->ev[at - 1 - n].ent;
	for (n = at; n < x->nev && n < at + EVWIN; n++)
		if (x->ent[x->ev[n].ent].age == age)
			return x->ev[n].ent;
	return -1;
}

/* Resolve a pronoun at token t to the last person of its gender before it. */
static int
pronfind(struct quote_ctx *x, size_t off, char g)
{
	size_t at = evfind(x, off), n;
	struct ent *en;
	int id;

	for (n = 0; n < EVWIN && n < at; n++) {
		en = &x->ent[x->ev[at - 1 - n].ent];
		if (g == 0) {
			/* they: only an organisation named last */
			return en->kind == E_ORG ? x->ev[at - 1 - n].ent : -1;
		}
		if (en->kind != E_PER || (en->gender != 0 && en->gender != 'u' &&
		    en->gender != g))
			continue;
		/*
		 * The last person named is taken when the sentence opened with
		 * them; else the last speaker, if recent and of that gender
		 * ("...," Petrov said. He met Tomas Novak. "...," he added).
		 */
		id = x->ev[at - 1 - n].ent;
		if (!x->ev[at - 1 - n].subj && x->lastspk >= 0 && x->lastspk != id &&
		    x->lastoff <= off && off - x->lastoff < 1500 &&
		    x->ent[x->lastspk].kind == E_PER &&
		    (x->ent[x->lastspk].gender == g ||
		    x->ent[x->lastspk].gender == 0 || x->ent[x->lastspk].gender == 'u'))
			id = x->lastspk;
		en = &x->ent[id];
		if (en->gender == 0 || en->gender == 'u')
			en->gender = g;
		return id;
	}
	/*
	 * Nobody before: a lede may name the speaker just after the quote
	 * ("...," she said. Jane Roe, 34, ...), so look a short way ahead.
	 */
	for (n = at; g != 0 && n < x->nev && n < at + 4 &&
	    x->ev[n].off < off + 400; n++) {
		en = &x->ent[x->ev[n].ent];
		if (en->kind == E_PER && (en->gender == 0 || en->gender == 'u' ||
		    en->gender == g))
			return x->ev[n].ent;
	}
	return -1;
}

/* The role phrase ending at the role noun r: a determiner and adjectives. */
static int
roleback(const struct quote_ctx *x, int r, int lo)
{
	int i;

	for (i = r - 1; i >= lo && i > r - 5; i--) {
		if (x->tok[i].para != x->tok[r].para)
			break;
		if (isword(x, i, W_DET))
			return i;
		if (x->tok[i].kind != T_WORD || x->tok[i].q != -1 ||
		    (x->tok[i].mask & (W_CUE | W_STOP | W_SKIP)))
			break;
	}
	return -1;
}

static struct cand *
newcand(struct quote_ctx *x, size_t off, int type)
{
	struct cand *c;

	if ((x->ncand + 1) * sizeof(*x->cand) > x->candcap)
		x->cand = nu_grow(x->cand, &x->candcap,
		    (x->ncand + 1) * sizeof(*x->cand));
	c = &x->cand[x->ncand++];
	c->off = off;
	c->ls = x->ps;
	c->le = x->pe;
	c->credchar = x->credchar;
	c->type = type;
	if (type == NP_ROLE) {
		if ((x->nrq + 1) * sizeof(*x->rq) > x->rqcap)
			x->rq = nu_grow(x->rq, &x->rqcap,
			    (x->nrq + 1) * sizeof(*x->rq));
		c->noff = x->nrq++;
	}
	return c;
}

/*
 * Does token i open its sentence, with only quotes, commas, little words
 * and other names before it (And, like Novak, Petrov argued)?
 */
static int
opens_sentence(const struct quote_ctx *x, int i)
{
	int k;

	for (k = i - 1; k >= 0 && k > i - 16; k--) {
		if (x->tok[k].para != x->tok[i].para)
			return 1;
		if (x->tok[k].q != -1 || x->tok[k].kind == T_OPEN ||
		    x->tok[k].kind == T_CLOSE)
			continue;
		if (x->tok[k].kind == T_PUNCT) {
			if (x->tok[k].c == '.' || x->tok[k].c == '!' ||
			    x->tok[k].c == '?')
				return 1;
			if (x->tok[k].c != ',')
				return 0;
			continue;
		}
		if (!(x->tok[k].fl & F_CAP) &&
		    !(x->tok[k].mask & (W_STOP | W_SKIP | W_DET)))
			return 0;
	}
	return k < 0;
}

/*
 * Note the mentions of people, organisations and roles in the narration
 * of the paragraph just tokenized; they are resolved in order once every
 * full name of the document is known (resolvecands).
 */
static void
mentions(struct quote_ctx *x, size_t t0)
{
	struct cand *c;
	size_t i, k, next = t0;
	int e, ns, ne, type, d, sure;

	for (k = 0; k < x->nmi; k++) {
		if ((i = x->mi[k]) < next)
			continue;
		/* He also went into detail: the pronoun renews its person */
		if (x->tok[i].q == -1 && (x->tok[i].mask & W_PRON) &&
		    x->tok[i].gender && opens_sentence(x, i)) {
			c = newcand(x, x->tok[i].off, NP_PRON);
			c->gender = x->tok[i].gender;
			c->subj = 1;
			continue;
		}
		if (x->tok[i].fl & F_CAP) {
			e = capfwd(x, i);
			type = nameof(x, i, e, &ns, &ne, &sure);
			collect(x, i, e, type, ns, ne, sure);
			/* in a quote only organisations count: the ministry */
			if (x->tok[i].q != -1 && type != NP_ORG) {
				next = e;
				continue;
			}
			if (type == NP_NAME || type == NP_ORG) {
				c = newcand(x, x->tok[ns].off, type);
				c->noff = x->tok[ns].off;
				if (tokend(x, ne - 1) - c->noff > UINT32_MAX) {
					x->ncand--;
					next = e;
					continue;
				}
				c->nlen = tokend(x, ne - 1) - c->noff;
				c->llen = x->tok[ne - 1].len;
				c->single = ne - ns == 1;
				c->cue = isword(x, ne, W_CUE) ||
				    isword(x, ne + 1, W_CUE) || isword(x, ns - 1, W_CUE);
				c->gender = isword(x, ns, W_TITLE) ? 0 : x->tok[ns].gender;
				c->subj = opens_sentence(x, i);
			} else if (type == NP_ROLE && (d = roleback(x, e - 1, t0)) >= 0) {
				c = newcand(x, x->tok[d].off, type);
				rqmake(x, d, e - 1, &x->rq[c->noff]);
				c->subj = opens_sentence(x, d);
			}
			next = e;
			continue;
		}
		if (x->tok[i].q == -1 && (x->tok[i].mask & W_ROLE) &&
		    (d = roleback(x, i, t0)) >= 0) {
			c = newcand(x, x->tok[d].off, NP_ROLE);
			rqmake(x, d, i, &x->rq[c->noff]);
			c->subj = opens_sentence(x, d);
		}
	}
}

/*
 * Is the line holding the mention c a caption's credit? The answer for
 * the last line asked is kept in *ls, *le, *cr.
 */
static int
creditline(const struct quote_ctx *x, const struct cand *c, size_t *ls,
    size_t *le, int *cr)
{
	if (c->ls == *ls && c->le == *le)
		return *cr;
	*ls = c->ls;
	*le = c->le;
	/*
	 * Each shape of a credit has one of these characters, and every one
	 * of them in the line went to puncttok: none are in a word or a mark.
	 */
	*cr = c->credchar && quote_iscredit(x->s + c->ls, c->le - c->ls);
	return *cr;
}

/* Resolve the noted mentions in document order into the mention list. */
static void
resolvecands(struct quote_ctx *x)
{
	const struct cand *c;
	size_t i, loff, ls = SIZE_MAX, le = 0;
	int id, cr = 0;

	for (i = 0; i < x->ncand; i++) {
		c = &x->cand[i];
		/*
		 * A name in a photo credit is nobody the text goes on about; a
		 * cue next to it may still make it a speaker.
		 */
		if (c->type != NP_PRON && !(c->type != NP_ROLE && c->cue) &&
		    creditline(x, c, &ls, &le, &cr))
			continue;
		if (c->type == NP_ROLE) {
			if ((id = rolefind(x, &x->rq[c->noff], c->off)) >= 0)
				addev(x, c->off, id, c->subj);
			continue;
		}
		if (c->type == NP_PRON) {
			if ((id = pronfind(x, c->off, c->gender)) >= 0)
				addev(x, c->off, id, 1);
			continue;
		}
		loff = c->noff + c->nlen - c->llen;
		id = lookup(x, &x->full, 0, c->noff, c->nlen);
		if (id < 0 && c->type == NP_NAME && c->single)
			id = lookup(x, &x->sur, 1, loff, c->llen);
		if (id < 0 && c->type == NP_NAME && c->single)
			id = lookup(x, &x->first, 2, c->noff, c->nlen);
		/* a plural opening a sentence (Musicians said) is nobody's name */
		if (id < 0 && c->type == NP_NAME && c->single && c->cue &&
		    !(c->subj && x->s[c->noff + c->nlen - 1] == 's')) {
			id = newent(x, c->noff, c->nlen, c->nlen, loff, c->llen, 1,
			    E_PER, c->gender);
			surname(x, id);
		}
		if (id >= 0 && x->ent[id].kind != E_UNK)
			addev(x, c->off, id, c->subj);
	}
}

/* --- speakers --- */

static void
setspan(const struct quote_ctx *x, int s, int e, size_t *off, uint32_t *len)
{
	size_t n = tokend(x, e - 1) - x->tok[s].off;

	*off = x->tok[s].off;
	*len = n > UINT32_MAX ? UINT32_MAX : n;
}

/* Parse the noun phrase ending at token i (not before lo). */
static struct np
npback(const struct quote_ctx *x, int i, int lo)
{
	struct np np = { NP_NONE, 0, 0, 0 };
	int s, ns, ne, d, sure;

	if (i < lo || x->tok[i].q != -1 || x->tok[i].kind != T_WORD)
		return np;
	if (x->tok[i].mask & W_PRON) {
		np.type = NP_PRON;
		np.s = i;
		np.e = i + 1;
		return np;
	}
	if (agenum(x, i) < 0 && (wordis(x, i - 1, "the") || wordis(x, i - 1, "The"))) {
		np.type = NP_AGE;
		np.s = i - 1;
		np.e = i + 1;
		return np;
	}
	if ((x->tok[i].mask & W_ROLE) && !(x->tok[i].fl & F_CAP)) {
		d = roleback(x, i, lo);
		np.type = NP_ROLE;
		np.s = d >= 0 ? d : i;
		np.e = i + 1;
		return np;
	}
	if (!(x->tok[i].fl & F_CAP))
		return np;
	s = capback(x, i, lo);
	np.type = nameof(x, s, i + 1, &ns, &ne, &sure);
	np.s = ns;
	np.e = ne;
	if (np.type == NP_ROLE) {
		d = roleback(x, s, lo);
		np.s = d >= 0 ? d : ns;
	}
	return np;
}

/* Parse the noun phrase starting at token i (not past hi). */
static struct np
npfwd(const struct quote_ctx *x, int i, int hi)
{
	struct np np = { NP_NONE, 0, 0, 0 };
	int j, e;

	if (i >= hi || x->tok[i].q != -1 || x->tok[i].kind != T_WORD)
		return np;
	if (x->tok[i].mask & W_PRON)
		return npback(x, i, i);
	if (x->tok[i].mask & W_DET) {
		for (j = i + 1; j < hi && j < i + 5; j++) {
			if (x->tok[j].kind != T_WORD)
				break;
			if (x->tok[j].mask & W_ROLE) {
				if (iscap(x, j + 1))
					return npfwd(x, j + 1, hi);
				if (iscap(x, j) && isword(x, j, W_ORG) &&
				    !isword(x, j, W_TITLE))
					return npback(x, capfwd(x, j) - 1, i + 1);
				return npback(x, j, i);
			}
			if (iscap(x, j)) {
				e = capfwd(x, j);
				return npback(x, (e > hi ? hi : e) - 1, i);
			}
		}
		return np;
	}
	if (x->tok[i].fl & F_CAP) {
		e = capfwd(x, i);
		return npback(x, (e > hi ? hi : e) - 1, i);
	}
	/* station commander Rhys Abernathy, county engineer Priya Halvorsen */
	for (j = i; j < hi && j < i + 3; j++) {
		if (x->tok[j].kind != T_WORD || x->tok[j].q != -1 ||
		    (x->tok[j].mask & (W_CUE | W_SUB)))
			break;
		if ((x->tok[j].mask & W_ROLE) && iscap(x, j + 1) && j + 1 < hi)
			return npfwd(x, j + 1, hi);
	}
	return np;
}

/* Resolve np at token t: set the quote's speaker and mention. */
static int
resolve(struct quote_ctx *x, const struct np *np, struct qt *q)
{
	const struct ent *en;
	struct rq rq;
	int id = -1;

	if (np->type == NP_NONE || np->e <= np->s)
		return 0;
	setspan(x, np->s, np->e, &q->mo, &q->ml);
	switch (np->type) {
	case NP_PRON:
		id = pronfind(x, x->tok[np->s].off, x->tok[np->s].gender);
		break;
	case NP_ROLE:
		/* a spokesperson, an official: someone the text does not name */
		if (wordis(x, np->s, "a") || wordis(x, np->s, "an") ||
		    wordis(x, np->s, "A") || wordis(x, np->s, "An") ||
		    wordis(x, np->s, "one") || wordis(x, np->s, "One"))
			break;
		rqmake(x, np->s, np->e - 1, &rq);
		id = rolefind(x, &rq, x->tok[np->s].off);
		break;
	case NP_ORG:
		id = lookup(x, &x->full, 0, q->mo, q->ml);
		break;
	case NP_AGE:
		id = agefind(x, -agenum(x, np->e - 1), x->tok[np->s].off);
		break;
	case NP_NAME:
		id = lookup(x, &x->sur, 1, x->tok[np->e - 1].off,
		    x->tok[np->e - 1].len);
		if (id >= 0) {
			en = &x->ent[id];
			if (en->len < q->ml || memcmp(x->s + en->off + en->len - q->ml,
			    x->s + q->mo, q->ml) != 0)
				id = -1;
		}
		if (id < 0 && np->e - np->s == 1)
			id = lookup(x, &x->first, 2, q->mo, q->ml);
		if (id < 0) {
			q->so = q->mo;
			q->sl = q->ml;
			return 1;
		}
		break;
	}
	if (id < 0) {
		q->so = q->sl = 0;
		return 1;
	}
	q->so = x->ent[id].off;
	q->sl = x->ent[id].len;
	return 1;
}

/* Skip back over adverbs, "on Monday" and a parenthesis between commas. */
static int
skipback(const struct quote_ctx *x, int i, int lo)
{
	int j;

	while (i >= lo) {
		if (isword(x, i, W_SKIP)) {
			i--;
		} else if (isword(x, i, W_DAY) && wordis(x, i - 1, "on")) {
			i -= 2;
		} else if (ispn(x, i, ',')) {
			for (j = i - 1; j >= lo && j > i - 12; j--)
				if (x->tok[j].q != -1 || x->tok[j].kind != T_WORD)
					break;
			if (!ispn(x, j, ',') || j < lo)
				return i;
			/* an appositive name is the subject: the chief, Ingrid Solberg, said */
			if (iscap(x, i - 1) && capback(x, i - 1, j + 1) == j + 1 &&
			    !isword(x, j + 1, W_STOP))
				return i - 1;
			i = j - 1;
		} else
			break;
	}
	return i;
}

/*
 * Take the cue at token c: its subject is the noun phrase before it; when
 * it follows "and" the subject is the sentence's first; "quoted X as
 * saying" and "according to X" name the speaker after.
 */
static int
cueat(struct quote_ctx *x, struct qt *q, int c, int lo, int hi, int after)
{
	struct np np;
	int i, media;

	if (wordis(x, c, "according") || wordis(x, c, "According")) {
		if (!wordis(x, c + 1, "to"))
			return 0;
		setspan(x, c, c + 2, &q->co, &q->cl);
		np = npfwd(x, c + 2, hi);
		return resolve(x, &np, q);
	}
	if (wordis(x, c, "selon")) {
		setspan(x, c, c + 1, &q->co, &q->cl);
		np = npfwd(x, c + 1, hi);
		return resolve(x, &np, q);
	}
	if (isword(x, c, W_MEDIA) && (wordis(x, c, "quoted") ||
	    wordis(x, c, "quotes"))) {
		np = npfwd(x, c + 1, hi);
		i = np.e;
		if (np.type != NP_NONE && wordis(x, i, "as") &&
		    isword(x, i + 1, W_CUE)) {
			setspan(x, i + 1, i + 2, &q->co, &q->cl);
			return resolve(x, &np, q);
		}
	}
	if (wordis(x, c - 1, "as") && c - 1 > lo) {
		/* the Herald quoted county engineer Priya Halvorsen as saying */
		for (i = c - 2; i >= lo && i > c - 10; i--)
			if (wordis(x, i, "quoted")) {
				np = npfwd(x, i + 1, c - 1);
				if (np.type == NP_NONE)
					break;
				setspan(x, c, c + 1, &q->co, &q->cl);
				return resolve(x, &np, q);
			}
	}
	setspan(x, c, c + 1, &q->co, &q->cl);
	media = isword(x, c, W_MEDIA);
	if (media && wordis(x, c + 1, "as") && isword(x, c + 2, W_CUE)) {
		/* Stone was quoted as saying */
		setspan(x, c + 2, c + 3, &q->co, &q->cl);
		media = 0;
	}
	i = skipback(x, c - 1, lo);
	/* French "a" (has) before its participle: Duvergier, a qualifié */
	if (i == c - 1 && i > lo && wordis(x, i, "a") &&
	    (ispn(x, i - 1, ',') || iscap(x, i - 1)))
		i = skipback(x, i - 1, lo);
	/* an auxiliary before an inverted verb: a déclaré Hélène Marchetti */
	if (after && i == lo && x->tok[i].kind == T_WORD &&
	    (x->tok[i].mask & (W_DET | W_SKIP)) && c == lo + 1)
		i = lo - 1;
	if (after && i < lo) {
		/* said Lorvanian President Ana Ruiz */
		np = npfwd(x, c + 1, hi);
		if (np.type == NP_NONE || (np.type == NP_ROLE &&
		    !wordis(x, np.s, "the") && !wordis(x, np.s, "The"))) {
			/* said one parent, Hanna Berg, ... */
			for (i = c + 1; i + 1 < hi && i < c + 12; i++)
				if (ispn(x, i, ',') && iscap(x, i + 1) &&
				    !isword(x, i + 1, W_STOP)) {
					np = npfwd(x, i + 1, hi);
					break;
				}
		}
		return resolve(x, &np, q);
	}
	if (isword(x, i, W_AND)) {
		for (i = lo; i < c; i++) {
			if (x->tok[i].q != -1 || x->tok[i].kind != T_WORD)
				continue;
			if (!(x->tok[i].mask & W_PRON) && !wordis(x, i, "the") &&
			    !wordis(x, i, "The") && (!(x->tok[i].fl & F_CAP) ||
			    (x->tok[i].mask & (W_STOP | W_SKIP))))
				continue;
			np = npfwd(x, i, c);
			return resolve(x, &np, q);
		}
		return 0;
	}
	np = npback(x, i, lo);
	if (after && np.type != NP_NONE) {
		/* the subject must open the clause after the quote */
		for (i = lo; i < np.s; i++)
			if ((x->tok[i].kind != T_WORD && !ispn(x, i, ',')) ||
			    isword(x, i, W_SUB | W_CUE | W_PRON))
				return 0;
	}
	if (np.type != NP_NONE && media)
		q->media = 1;
	return resolve(x, &np, q);
}

/* The attribution right after the quote: ", Varga said", "said Varga". */
static int
afterattr(struct quote_ctx *x, struct qt *q)
{
	int i, lo, hi;

	if (q->tclose < 0)
		return 0;
	lo = q->tclose + 1;
	if (ispn(x, lo, ',') || ispn(x, lo, '-'))
		lo++;
	for (hi = lo; (size_t)hi < x->ntok && hi < lo + 18; hi++) {
		if (x->tok[hi].para != q->para || x->tok[hi].kind == T_OPEN ||
		    ispn(x, hi, '.') || ispn(x, hi, '!') ||
		    ispn(x, hi, '?') || ispn(x, hi, ';') ||
		    ispn(x, hi, ':'))
			break;
	}
	/* a new sentence ending in a comma before a quote introduces that one */
	if (strchr(".!?", q->last) && (size_t)hi < x->ntok &&
	    (x->tok[hi].kind == T_OPEN || (ispn(x, hi, ',') && (size_t)hi + 1 < x->ntok &&
	    x->tok[hi + 1].kind == T_OPEN) || ispn(x, hi, ':')))
		return 0;
	for (i = lo; i < hi && i < lo + 12; i++) {
		if (isword(x, i, W_SUB))
			return 0;
		if (!isword(x, i, W_CUE))
			continue;
		/*
		 * After a quote ending its sentence, only a short attribution
		 * counts ("Stop." Varga said.); a longer sentence is news of
		 * its own ("Stop." The manager, Ivo Brandt, says the...).
		 */
		if (strchr(".!?", q->last) && (i - lo > 4 || (i > lo && hi - i > 4)))
			return 0;
		return cueat(x, q, i, lo, hi, 1);
	}
	return 0;
}

/* The first token of the sentence that holds the quote's opening mark. */
static int
sentstart(const struct quote_ctx *x, int t)
{
	int k, stop = t - WIN;
	const struct tok *tk;

	for (k = t - 1; k >= 0 && k > stop; k--) {
		tk = &x->tok[k];
		if (tk->para != x->tok[t].para)
			break;
		/* the end of a quote left open: the text after starts anew */
		if (tk->q >= 0 && tk->q != x->tok[t].q && x->q[tk->q].tclose < 0)
			break;
		if (tk->q == -1 && tk->kind == T_PUNCT &&
		    (tk->c == '.' || tk->c == '!' || tk->c == '?'))
			break;
		if (tk->kind == T_CLOSE && strchr(".!?", x->q[tk->q].last) &&
		    (iscap(x, k + 1) || x->tok[k + 1].kind == T_OPEN))
			break;
	}
	return k + 1;
}

/*
 * A sentence with no cue that ends in a colon before the quote (Holm was
 * not convinced: "...") gives the quote to its subject, when that is a
 * person the document names.
 */
static int
colonattr(struct quote_ctx *x, struct qt *q, int lo, int end)
{
	struct np np;
	int i, id;

	for (i = lo; i < end && i < lo + 4; i++) {
		if (x->tok[i].kind != T_WORD || x->tok[i].q != -1)
			continue;
		if (!(x->tok[i].mask & W_PRON) && !(x->tok[i].fl & F_CAP))
			continue;
		if (isword(x, i, W_STOP) && !isword(x, i, W_PRON))
			continue;
		np = npfwd(x, i, end);
		if (np.type != NP_NAME && np.type != NP_PRON)
			return 0;
		if (np.type == NP_NAME && ((id = lookup(x, &x->sur, 1,
		    x->tok[np.e - 1].off, x->tok[np.e - 1].len)) < 0 ||
		    x->ent[id].kind != E_PER))
			return 0;
		if (!resolve(x, &np, q))
			return 0;
		q->cl = 0;
		return 1;
	}
	return 0;
}

/*
 * The attribution before the quote, in its sentence: the last cue wins.
 * A quote opening its paragraph after one that ends in a colon (Osei
 * wrote on the website:) takes that sentence's cue, when the tokens of
 * the paragraph before are still at hand.
 */
static int
beforeattr(struct quote_ctx *x, struct qt *q)
{
	int lo, c, end = q->topen;

	if (end > 0 && x->tok[end - 1].para != q->para) {
		if (!ispn(x, end - 1, ':') || x->tok[end - 1].q != -1)
			return 0;
		end--;
	}
	lo = sentstart(x, end);
	for (c = end - 1; c >= lo; c--) {
		if (x->tok[c].q != -1 || !isword(x, c, W_CUE))
			continue;
		/* she would ask the board: a plan, not a report */
		if (wordis(x, c - 1, "would") || wordis(x, c - 1, "will") ||
		    wordis(x, c - 1, "to") || wordis(x, c - 1, "could") ||
		    wordis(x, c - 1, "should") || wordis(x, c - 1, "might") ||
		    wordis(x, c - 1, "must") || wordis(x, c - 1, "can"))
			continue;
		if (cueat(x, q, c, lo, end, 0))
			return 1;
		q->cued = 1;
	}
	if (!q->cued && ispn(x, end - 1, ':') && x->tok[end - 1].q == -1)
		return colonattr(x, q, lo, end - 1);
	return 0;
}

static void
copyattr(struct qt *to, const struct qt *from)
{
	to->ok = 1;
	to->so = from->so;
	to->sl = from->sl;
	to->mo = from->mo;
	to->ml = from->ml;
	to->co = from->co;
	to->cl = from->cl;
}

/*
 * A quote is partial when the narrator's sentence runs into it: anything
 * but the sentence start, a colon or a comma before it, or a lower-case
 * start (but for the second half of a split sentence).
 */
static int
ispartial(const struct quote_ctx *x, const struct qt *q, const struct qt *prev)
{
	int t = q->topen, lo = sentstart(x, t);

	if (lo >= t)
		return 0;
	if (ispn(x, t - 1, ':'))
		return q->lower;
	if (ispn(x, t - 1, ',') || ispn(x, t - 1, '-')) {
		if (!q->lower)
			return 0;
		return !(prev != NULL && prev->para == q->para && prev->ok &&
		    (prev->last == ',' || prev->last == '-') &&
		    prev->tclose >= 0 && t - prev->tclose < 12);
	}
	if (x->tok[t - 1].kind == T_CLOSE || x->tok[t - 1].q != -1)
		return q->lower;	/* after a quote, closed or left open */
	return 1;
}

/* Is the quote short, with every word capitalized: a title? */
static int
titlelike(const struct quote_ctx *x, const struct qt *q)
{
	int i, words = 0;

	for (i = q->topen + 1; (size_t)i < x->ntok && x->tok[i].q == q - x->q &&
	    x->tok[i].kind != T_CLOSE; i++) {
		if (x->tok[i].kind != T_WORD)
			continue;
		if (++words > 6)
			return 0;
		if (!(x->tok[i].fl & F_CAP) && !isword(x, i, W_CONN | W_DET | W_STOP))
			return 0;
	}
	return 1;
}

static int
nwords(const struct quote_ctx *x, const struct qt *q)
{
	int i, words = 0;

	for (i = q->topen + 1; (size_t)i < x->ntok && x->tok[i].q == q - x->q &&
	    words < 8; i++)
		if (x->tok[i].kind == T_WORD)
			words += x->tok[i].fl & F_GAP ? x->tok[i].c : 1;
	return words;
}

/* Find the cue and speaker of the quotes x->q[q0..q1) of this paragraph. */
static void
attrpara(struct quote_ctx *x, size_t q0, size_t q1)
{
	struct qt *q;
	size_t i;
	int id;

	for (i = q0; i < q1; i++) {
		q = &x->q[i];
		if (q->topen < 0)
			continue;
		q->nwords = nwords(x, q);
		q->title = titlelike(x, q);
		q->partial = ispartial(x, q, i ? &x->q[i - 1] : NULL);
		if (q->partial)
			q->ok = beforeattr(x, q) || afterattr(x, q);
		else
			q->ok = afterattr(x, q) || beforeattr(x, q);
		if (q->ok && q->sl > 0 &&
		    (id = lookup(x, &x->full, 0, q->so, q->sl)) >= 0) {
			x->lastspk = id;
			x->lastoff = q->off;
		}
	}
}

/*
 * Pieces without a cue of their own take their neighbour's: the other
 * half of a split quote, the paragraph a quote continues or is continued
 * by, or the quote of the paragraph before when this one stands alone.
 * Quoted words with no cue at all are scare quotes or titles.
 */
static void
attribute(struct quote_ctx *x)
{
	struct qt *q, *p;
	size_t i;

	for (i = 0; i < x->nq; i++) {
		q = &x->q[i];
		if ((q->ok && !q->media) || q->partial)
			continue;
		p = i > 0 ? &x->q[i - 1] : NULL;
		if (p != NULL && p->ok && !p->media && !p->partial &&
		    (p->para == q->para || (!p->closed && q->cont)))
			copyattr(q, p);
		else if (i + 1 < x->nq && x->q[i + 1].ok && !x->q[i + 1].media &&
		    (x->q[i + 1].para == q->para || (!q->closed && x->q[i + 1].cont)))
			copyattr(q, &x->q[i + 1]);
		else if (p != NULL && p->ok && !p->partial && !q->ok &&
		    p->para + 2 >= q->para && q->alone && q->nwords >= 4)
			copyattr(q, p);
	}
	for (i = 0; i < x->nq; i++) {
		q = &x->q[i];
		if (!q->ok && !q->cued && (q->partial || q->nwords < 3))
			q->drop = 1;
		/* a capitalized phrase inside the narration names a thing */
		if (q->partial && q->title)
			q->drop = 1;
	}
}

/* --- the driver --- */

struct quote_ctx *
quote_new(void)
{
	struct quote_ctx *x = nu_calloc(1, sizeof(*x));

	wtab_init();
	gtab_init();
	wordbyte_init();
	return x;
}

void
quote_free(struct quote_ctx *x)
{
	if (x == NULL)
		return;
	free(x->tok);
	free(x->q);
	free(x->ent);
	free(x->ev);
	free(x->cand);
	free(x->rq);
	free(x->mi);
	free(x->full.slot);
	free(x->sur.slot);
	free(x->first.slot);
	free(x);
}

static void
reset(struct quote_ctx *x, const char *s, size_t n)
{
	size_t i;

	x->s = s;
	x->n = n;
	x->ntok = x->nq = x->nent = x->nev = x->ncand = x->nrq = 0;
	x->stamp = 0;
	x->lastspk = -1;
	x->lastoff = 0;
	/*
	 * Clearing costs the tables' size: after a large document they are
	 * freed, so that many small ones after it stay cheap.
	 */
	if (x->full.cap > 4096 || x->sur.cap > 4096 || x->first.cap > 4096) {
		free(x->full.slot);
		free(x->sur.slot);
		free(x->first.slot);
		x->full.slot = x->sur.slot = x->first.slot = NULL;
		x->full.cap = x->sur.cap = x->first.cap = 0;
	}
	for (i = 0; i < x->full.cap; i++)
		x->full.slot[i] = -1;
	for (i = 0; i < x->sur.cap; i++)
		x->sur.slot[i] = -1;
	for (i = 0; i < x->first.cap; i++)
		x->first.slot[i] = -1;
	x->full.n = x->sur.n = x->first.n = 0;
}

void
quote_scan(struct quote_ctx *x, const char *s, size_t n, quote_fn *fn,
    void *arg)
{
	struct quote_rec r;
	const char *nl;
	size_t ps, pe, q0, qi = 0, i;
	size_t t0 = 0;
	int para, lastopen = 0, keep = n <= KEEPMAX;
	struct qt *q;

	reset(x, s, n);
	/* pass 1: quotes, full names and mentions, a paragraph at a time */
	for (ps = 0, para = 0;; ps = pe + 1, para++) {
		nl = memchr(s + ps, '\n', n - ps);
		pe = nl != NULL ? (size_t)(nl - s) : n;
		q0 = x->nq;
		/*
		 * A large document keeps the tokens of one paragraph at a
		 * time, and tokenizes those with quotes again in pass 2.
		 */
		if (!keep)
			x->ntok = 0;
		t0 = x->ntok;
		x->nmi = 0;
		x->ps = ps;
		x->pe = pe;
		x->credchar = 0;
		scanmarks(x, ps, pe, para);
		tokenize(x, ps, pe, para, q0, x->nq);
		if (x->nq > q0) {
			q = &x->q[q0];
			q->cont = lastopen && q->topen == (int)t0;
			q = &x->q[x->nq - 1];
			q->alone = x->nq - q0 == 1 && q->topen == (int)t0 &&
			    (q->tclose < 0 || (size_t)q->tclose + 1 == x->ntok);
		}
		if (x->ntok > t0)
			lastopen = x->nq > q0 && !x->q[x->nq - 1].closed;
		mentions(x, t0);
		if (nl == NULL)
			break;
	}
	resolvecands(x);
	if (keep) {
		attrpara(x, 0, x->nq);
		qi = x->nq;
	}
	/* pass 2: the cue and speaker of each quote */
	for (ps = 0, para = 0; qi < x->nq; ps = pe + 1, para++) {
		nl = memchr(s + ps, '\n', n - ps);
		pe = nl != NULL ? (size_t)(nl - s) : n;
		for (q0 = qi; qi < x->nq && x->q[qi].para == para; qi++)
			;
		if (qi > q0) {
			x->ntok = x->nmi = 0;
			tokenize(x, ps, pe, para, q0, qi);
			attrpara(x, q0, qi);
		}
		if (nl == NULL)
			break;
	}
	attribute(x);
	for (i = 0; i < x->nq; i++) {
		q = &x->q[i];
		if (q->drop || q->topen < 0)
			continue;
		memset(&r, 0, sizeof(r));
		r.off = q->off;
		r.len = q->len;
		r.partial = q->partial;
		if (q->ok) {
			if (q->sl > 0) {
				r.speaker = s + q->so;
				r.speakerlen = q->sl;
			}
			r.mention = s + q->mo;
			r.mentionlen = q->ml;
			r.cue = s + q->co;
			r.cuelen = q->cl;
		} else if (q->cued && q->cl > 0) {
			r.cue = s + q->co;
			r.cuelen = q->cl;
		}
		fn(&r, arg);
	}
}
