/*
 * datelex.c: the words of temporal expressions, one table per language.
 *
 * This is the one place to extend the grammar's vocabulary. Each language
 * is a table of entries: a word or a phrase (lowercase, one space between
 * words), its class (LX_* in datelex.h, which says what the matcher in
 * dates.c does with it) and a value. Adding a language is adding a table
 * and a line to langs[]; the patterns of dates.c work on classes, not on
 * words, so "26 janvier 2022" and "26. Januar 2022" match the same rule
 * as "26 January 2022".  The words are common knowledge of each language.
 */
#include <string.h>

#include "datelex.h"

#define E(w, c, v)	{ w, c, v, 0, 0 }
#define EC(w, c, v)	{ w, c, v, LXF_CAP, 0 }
#define EA(w, c, v)	{ w, c, v, LXF_CAP | LXF_AMBIG, 0 }

/* English: complete. */
static const struct lexent en[] = {
	/* Months; "May" and "March" are also words, April, June, August names. */
	EC("january", LX_MONTH, 1), EC("february", LX_MONTH, 2),
	EA("march", LX_MONTH, 3), EA("april", LX_MONTH, 4),
	EA("may", LX_MONTH, 5), EA("june", LX_MONTH, 6),
	EC("july", LX_MONTH, 7), EA("august", LX_MONTH, 8),
	EC("september", LX_MONTH, 9), EC("october", LX_MONTH, 10),
	EC("november", LX_MONTH, 11), EC("december", LX_MONTH, 12),
	EC("jan", LX_MONABBR, 1), EC("feb", LX_MONABBR, 2),
	EC("mar", LX_MONABBR, 3), EC("apr", LX_MONABBR, 4),
	EC("jun", LX_MONABBR, 6), EC("jul", LX_MONABBR, 7),
	EC("aug", LX_MONABBR, 8), EC("sep", LX_MONABBR, 9),
	EC("sept", LX_MONABBR, 9), EC("oct", LX_MONABBR, 10),
	EC("nov", LX_MONABBR, 11), EC("dec", LX_MONABBR, 12),
	/* Weekdays. */
	EC("monday", LX_WDAY, 1), EC("tuesday", LX_WDAY, 2),
	EC("wednesday", LX_WDAY, 3), EC("thursday", LX_WDAY, 4),
	EC("friday", LX_WDAY, 5), EC("saturday", LX_WDAY, 6),
	EC("sunday", LX_WDAY, 7),
	EC("mondays", LX_WDAYS, 1), EC("tuesdays", LX_WDAYS, 2),
	EC("wednesdays", LX_WDAYS, 3), EC("thursdays", LX_WDAYS, 4),
	EC("fridays", LX_WDAYS, 5), EC("saturdays", LX_WDAYS, 6),
	EC("sundays", LX_WDAYS, 7),
	/* Numbers written out; compounds (twenty-five) are joined by dates.c. */
	E("a", LX_NUM, 1), E("an", LX_NUM, 1), E("one", LX_NUM, 1),
	E("two", LX_NUM, 2), E("three", LX_NUM, 3), E("four", LX_NUM, 4),
	E("five", LX_NUM, 5), E("six", LX_NUM, 6), E("seven", LX_NUM, 7),
	E("eight", LX_NUM, 8), E("nine", LX_NUM, 9), E("ten", LX_NUM, 10),
	E("eleven", LX_NUM, 11), E("twelve", LX_NUM, 12),
	E("thirteen", LX_NUM, 13), E("fourteen", LX_NUM, 14),
	E("fifteen", LX_NUM, 15), E("sixteen", LX_NUM, 16),
	E("seventeen", LX_NUM, 17), E("eighteen", LX_NUM, 18),
	E("nineteen", LX_NUM, 19), E("twenty", LX_NUM, 20),
	E("thirty", LX_NUM, 30), E("forty", LX_NUM, 40), E("fifty", LX_NUM, 50),
	E("sixty", LX_NUM, 60), E("seventy", LX_NUM, 70),
	E("eighty", LX_NUM, 80), E("ninety", LX_NUM, 90),
	E("a dozen", LX_NUM, 12), E("a couple of", LX_NUM, 2),
	E("a couple", LX_NUM, 2), E("several", LX_NUM, -1),
	E("a few", LX_NUM, -1), E("few", LX_NUM, -1),
	E("many", LX_NUM, -1), E("dozens of", LX_NUM, -1),
	E("hundreds of", LX_NUM, -1), E("a number of", LX_NUM, -1),
	E("first", LX_ORD, 1), E("second", LX_ORD, 2), E("third", LX_ORD, 3),
	E("fourth", LX_ORD, 4), E("fifth", LX_ORD, 5), E("sixth", LX_ORD, 6),
	E("seventh", LX_ORD, 7), E("eighth", LX_ORD, 8), E("ninth", LX_ORD, 9),
	E("tenth", LX_ORD, 10), E("eleventh", LX_ORD, 11),
	E("twelfth", LX_ORD, 12), E("nineteenth", LX_ORD, 19),
	E("twentieth", LX_ORD, 20),
	/* Units of time. */
	E("second", LX_UNIT, U_SEC), E("seconds", LX_UNITS, U_SEC),
	E("minute", LX_UNIT, U_MIN), E("minutes", LX_UNITS, U_MIN),
	E("hour", LX_UNIT, U_HOUR), E("hours", LX_UNITS, U_HOUR),
	E("day", LX_UNIT, U_DAY), E("days", LX_UNITS, U_DAY),
	E("week", LX_UNIT, U_WEEK), E("weeks", LX_UNITS, U_WEEK),
	E("weekend", LX_UNIT, U_WEEKEND), E("weekends", LX_UNITS, U_WEEKEND),
	E("month", LX_UNIT, U_MONTH), E("months", LX_UNITS, U_MONTH),
	E("quarter", LX_UNIT, U_QUARTER), E("quarters", LX_UNITS, U_QUARTER),
	E("year", LX_UNIT, U_YEAR), E("years", LX_UNITS, U_YEAR),
	E("decade", LX_UNIT, U_DECADE), E("decades", LX_UNITS, U_DECADE),
	E("century", LX_UNIT, U_CENTURY), E("centuries", LX_UNITS, U_CENTURY),
	/* Seasons and parts of the day. */
	E("spring", LX_SEASON, S_SP), E("summer", LX_SEASON, S_SU),
	E("autumn", LX_SEASON, S_FA), E("fall", LX_SEASON, S_FA),
	E("winter", LX_SEASON, S_WI),
	E("morning", LX_PART, S_MO), E("afternoon", LX_PART, S_AF),
	E("evening", LX_PART, S_EV), E("night", LX_PART, S_NI),
	/* Words that are a date, or a reference, on their own. */
	E("today", LX_DEICT, D_TODAY), E("yesterday", LX_DEICT, D_YESTERDAY),
	E("tomorrow", LX_DEICT, D_TOMORROW), E("tonight", LX_DEICT, D_TONIGHT),
	E("now", LX_DEICT, D_NOW), E("right now", LX_DEICT, D_NOW),
	E("currently", LX_DEICT, D_NOW), E("nowadays", LX_DEICT, D_NOW),
	E("presently", LX_DEICT, D_NOW),
	E("these days", LX_DEICT, D_NOW), E("at present", LX_DEICT, D_NOW),
	E("recently", LX_DEICT, D_PAST), E("lately", LX_DEICT, D_PAST),
	/* After "the" only: the past, the future, the present. */
	{ "past", LX_DEICT, D_PAST, LXF_THE, 0 },
	{ "future", LX_DEICT, D_FUTURE, LXF_THE, 0 },
	{ "present", LX_DEICT, D_NOW, LXF_THE, 0 },
	/* Relative modifiers. */
	E("last", LX_REL, R_LAST), E("past", LX_REL, R_PAST),
	E("previous", LX_REL, R_PREV), E("prior", LX_REL, R_PREV),
	E("this", LX_REL, R_THIS), E("current", LX_REL, R_THIS),
	E("next", LX_REL, R_NEXT), E("coming", LX_REL, R_COMING),
	E("upcoming", LX_REL, R_COMING), E("following", LX_REL, R_FOLLOWING),
	E("recent", LX_REL, R_PAST), E("latest", LX_REL, R_PREV),
	/* TIMEX3 mod values. */
	E("about", LX_MOD, M_APPROX), E("around", LX_MOD, M_APPROX),
	E("approximately", LX_MOD, M_APPROX), E("roughly", LX_MOD, M_APPROX),
	E("some", LX_MOD, M_APPROX), E("nearly", LX_MOD, M_LESS),
	E("almost", LX_MOD, M_LESS), E("less than", LX_MOD, M_LESS),
	E("fewer than", LX_MOD, M_LESS), E("under", LX_MOD, M_LESS),
	E("more than", LX_MOD, M_MORE), E("over", LX_MOD, M_MORE),
	E("just over", LX_MOD, M_MORE), E("at least", LX_MOD, M_EQMORE),
	E("no less than", LX_MOD, M_EQMORE), E("up to", LX_MOD, M_EQLESS),
	E("no more than", LX_MOD, M_EQLESS), E("at most", LX_MOD, M_EQLESS),
	E("early", LX_EDGE, M_START), E("late", LX_EDGE, M_END),
	E("mid", LX_EDGE, M_MID),
	E("the beginning of", LX_EDGE, M_START), E("the start of", LX_EDGE, M_START),
	E("the middle of", LX_EDGE, M_MID), E("the end of", LX_EDGE, M_END),
	E("ago", LX_AGO, -1), E("earlier", LX_AGO, -1), E("before", LX_AGO, -1),
	E("later", LX_AGO, 1), E("from now", LX_AGO, 1),
	E("after", LX_AGO, 1),
	/* Sets. */
	E("daily", LX_SET, U_DAY), E("weekly", LX_SET, U_WEEK),
	E("monthly", LX_SET, U_MONTH), E("quarterly", LX_SET, U_QUARTER),
	E("annually", LX_SET, U_YEAR), E("yearly", LX_SET, U_YEAR),
	E("hourly", LX_SET, U_HOUR),
	E("every", LX_EVERY, 0), E("each", LX_EVERY, 0),
	/* Clock. */
	E("noon", LX_CLOCK, 12), E("midday", LX_CLOCK, 12),
	E("midnight", LX_CLOCK, 24),
	E("est", LX_TZ, 0), E("edt", LX_TZ, 0), E("cst", LX_TZ, 0),
	E("cdt", LX_TZ, 0), E("mst", LX_TZ, 0), E("mdt", LX_TZ, 0),
	E("pst", LX_TZ, 0), E("pdt", LX_TZ, 0), E("gmt", LX_TZ, 0),
	E("utc", LX_TZ, 0), E("bst", LX_TZ, 0), E("cet", LX_TZ, 0),
	E("cest", LX_TZ, 0), E("msk", LX_TZ, 0), E("et", LX_TZ, 0),
	E("pt", LX_TZ, 0), E("ct", LX_TZ, 0),
	/* Function words the patterns name. */
	E("of", LX_OF, 0), E("the", LX_THE, 0), E("that", LX_THAT, 0),
	E("same", LX_THAT, 0), E("that same", LX_THAT, 0),
	E("the same", LX_THAT, 0),
	E("to", LX_TO, 0), E("through", LX_TO, 0), E("and", LX_TO, 0),
	E("until", LX_TO, 0), E("till", LX_TO, 0),
	/* Tense: irregular past forms; regular ones end in -ed (dates.c). */
	E("said", LX_PAST, 0), E("told", LX_PAST, 0), E("was", LX_PAST, 0),
	E("were", LX_PAST, 0), E("had", LX_PAST, 0), E("did", LX_PAST, 0),
	E("met", LX_PAST, 0), E("spoke", LX_PAST, 0), E("made", LX_PAST, 0),
	E("sent", LX_PAST, 0), E("took", LX_PAST, 0), E("gave", LX_PAST, 0),
	E("came", LX_PAST, 0), E("went", LX_PAST, 0), E("held", LX_PAST, 0),
	E("began", LX_PAST, 0), E("saw", LX_PAST, 0), E("got", LX_PAST, 0),
	E("left", LX_PAST, 0), E("found", LX_PAST, 0), E("brought", LX_PAST, 0),
	E("wrote", LX_PAST, 0), E("thought", LX_PAST, 0), E("knew", LX_PAST, 0),
	E("became", LX_PAST, 0), E("won", LX_PAST, 0), E("lost", LX_PAST, 0),
	E("paid", LX_PAST, 0), E("kept", LX_PAST, 0), E("felt", LX_PAST, 0),
	E("heard", LX_PAST, 0), E("led", LX_PAST, 0), E("sold", LX_PAST, 0),
	E("bought", LX_PAST, 0), E("fell", LX_PAST, 0), E("rose", LX_PAST, 0),
	E("struck", LX_PAST, 0), E("stood", LX_PAST, 0), E("chose", LX_PAST, 0),
	E("drew", LX_PAST, 0), E("broke", LX_PAST, 0), E("flew", LX_PAST, 0),
	E("grew", LX_PAST, 0), E("spent", LX_PAST, 0), E("threw", LX_PAST, 0),
	E("wore", LX_PAST, 0), E("ran", LX_PAST, 0), E("meant", LX_PAST, 0),
	E("ago", LX_PAST, 0),
	E("will", LX_FUT, 0), E("shall", LX_FUT, 0), E("ll", LX_FUT, 0),
	E("would", LX_FUT, 0), E("could", LX_FUT, 0), E("might", LX_FUT, 0),
	E("should", LX_FUT, 0), E("expected", LX_FUT, 0),
	E("planned", LX_FUT, 0), E("slated", LX_FUT, 0),
	E("wo", LX_FUT, 0), E("going to", LX_FUT, 0), E("plans", LX_FUT, 0),
	E("scheduled", LX_FUT, 0), E("due", LX_FUT, 0),
	E("be", LX_BE, 0), E("being", LX_BE, 0),
	/* Nouns a number counts: "1999 people" is no year. */
	E("people", LX_NOTYEAR, 0), E("men", LX_NOTYEAR, 0),
	E("women", LX_NOTYEAR, 0), E("children", LX_NOTYEAR, 0),
	E("feet", LX_NOTYEAR, 0), E("km", LX_NOTYEAR, 0),
	E("kg", LX_NOTYEAR, 0), E("percent", LX_NOTYEAR, 0),
	E("per", LX_NOTYEAR, 0), E("police", LX_NOTYEAR, 0),
	E("staff", LX_NOTYEAR, 0), E("personnel", LX_NOTYEAR, 0),
	E("metres", LX_NOTYEAR, 0), E("meters", LX_NOTYEAR, 0),
	E("miles", LX_NOTYEAR, 0), E("tons", LX_NOTYEAR, 0),
	E("twenties", LX_DECADE, 2), E("thirties", LX_DECADE, 3),
	E("forties", LX_DECADE, 4), E("fifties", LX_DECADE, 5),
	E("sixties", LX_DECADE, 6), E("seventies", LX_DECADE, 7),
	E("eighties", LX_DECADE, 8), E("nineties", LX_DECADE, 9),
	/* Holidays with a fixed date, or a weekday of their month. */
	{ "christmas", LX_HOLIDAY, 12, LXF_CAP, 25 },
	{ "christmas day", LX_HOLIDAY, 12, LXF_CAP, 25 },
	{ "christmas eve", LX_HOLIDAY, 12, LXF_CAP, 24 },
	{ "halloween", LX_HOLIDAY, 10, LXF_CAP, 31 },
	{ "independence day", LX_HOLIDAY, 7, LXF_CAP, 4 },
	{ "thanksgiving", LX_HOLIDAY, 11, LXF_CAP, -44 },
	{ "thanksgiving day", LX_HOLIDAY, 11, LXF_CAP, -44 },
	{ "labor day", LX_HOLIDAY, 9, LXF_CAP, -11 },
	{ "memorial day", LX_HOLIDAY, 5, LXF_CAP, -51 },
	/* Words the rules of dates.c name; listed so that they are looked up. */
	E("fiscal", LX_CUE, 0), E("half", LX_CUE, 0), E("fy", LX_CUE, 0),
	E("once", LX_CUE, 0), E("twice", LX_CUE, 0), E("q", LX_CUE, 0),
	/* ... and words inside phrases, which start nothing */
	E("beginning", LX_INNER, 0), E("start", LX_INNER, 0),
	E("middle", LX_INNER, 0), E("end", LX_INNER, 0),
	E("couple", LX_INNER, 0), E("than", LX_INNER, 0),
	E("least", LX_INNER, 0), E("dozen", LX_INNER, 0),
	E("other", LX_INNER, 0),
	/* -ed words that are no past forms */
	E("indeed", LX_INNER, 0), E("proceed", LX_INNER, 0),
	E("exceed", LX_INNER, 0), E("succeed", LX_INNER, 0),
	E("hundred", LX_INNER, 0), E("limited", LX_INNER, 0),
	/* Nouns a number names: "Room 2019" is no year either. */
	E("room", LX_NOTYEAR, 0), E("flight", LX_NOTYEAR, 0),
	E("gate", LX_NOTYEAR, 0), E("page", LX_NOTYEAR, 0),
	E("route", LX_NOTYEAR, 0), E("no", LX_NOTYEAR, 0),
	E("number", LX_NOTYEAR, 0), E("highway", LX_NOTYEAR, 0),
	E("bus", LX_NOTYEAR, 0), E("suite", LX_NOTYEAR, 0),
	E("model", LX_NOTYEAR, 0), E("version", LX_NOTYEAR, 0),
	E("platform", LX_NOTYEAR, 0), E("apartment", LX_NOTYEAR, 0),
	E("article", LX_NOTYEAR, 0), E("resolution", LX_NOTYEAR, 0),
	E("channel", LX_NOTYEAR, 0), E("interstate", LX_NOTYEAR, 0),
	{ NULL, 0, 0, 0, 0 }
};

/* French: months and weekdays ("le 26 janvier 2022"). */
static const struct lexent fr[] = {
	E("janvier", LX_MONTH, 1), E("février", LX_MONTH, 2),
	E("mars", LX_MONTH, 3), E("avril", LX_MONTH, 4), E("mai", LX_MONTH, 5),
	E("juin", LX_MONTH, 6), E("juillet", LX_MONTH, 7),
	E("août", LX_MONTH, 8), E("septembre", LX_MONTH, 9),
	E("octobre", LX_MONTH, 10), E("novembre", LX_MONTH, 11),
	E("décembre", LX_MONTH, 12),
	E("lundi", LX_WDAY, 1), E("mardi", LX_WDAY, 2),
	E("mercredi", LX_WDAY, 3), E("jeudi", LX_WDAY, 4),
	E("vendredi", LX_WDAY, 5), E("samedi", LX_WDAY, 6),
	E("dimanche", LX_WDAY, 7),
	E("de", LX_OF, 0), E("le", LX_THE, 0), E("au", LX_TO, 0),
	E("aujourd", LX_DEICT, D_TODAY), E("hier", LX_DEICT, D_YESTERDAY),
	E("demain", LX_DEICT, D_TOMORROW),
	{ NULL, 0, 0, 0, 0 }
};

/* German: months and weekdays ("am 26. Januar 2022"). */
static const struct lexent de[] = {
	E("januar", LX_MONTH, 1), E("jänner", LX_MONTH, 1),
	E("februar", LX_MONTH, 2), E("märz", LX_MONTH, 3),
	E("april", LX_MONTH, 4), E("mai", LX_MONTH, 5), E("juni", LX_MONTH, 6),
	E("juli", LX_MONTH, 7), E("august", LX_MONTH, 8),
	E("september", LX_MONTH, 9), E("oktober", LX_MONTH, 10),
	E("november", LX_MONTH, 11), E("dezember", LX_MONTH, 12),
	E("montag", LX_WDAY, 1), E("dienstag", LX_WDAY, 2),
	E("mittwoch", LX_WDAY, 3), E("donnerstag", LX_WDAY, 4),
	E("freitag", LX_WDAY, 5), E("samstag", LX_WDAY, 6),
	E("sonnabend", LX_WDAY, 6), E("sonntag", LX_WDAY, 7),
	E("bis", LX_TO, 0), E("heute", LX_DEICT, D_TODAY),
	E("gestern", LX_DEICT, D_YESTERDAY), E("morgen", LX_DEICT, D_TOMORROW),
	{ NULL, 0, 0, 0, 0 }
};

/* Spanish: months and weekdays ("26 de enero de 2022"). */
static const struct lexent es[] = {
	E("enero", LX_MONTH, 1), E("febrero", LX_MONTH, 2),
	E("marzo", LX_MONTH, 3), E("abril", LX_MONTH, 4), E("mayo", LX_MONTH, 5),
	E("junio", LX_MONTH, 6), E("julio", LX_MONTH, 7),
	E("agosto", LX_MONTH, 8), E("septiembre", LX_MONTH, 9),
	E("setiembre", LX_MONTH, 9), E("octubre", LX_MONTH, 10),
	E("noviembre", LX_MONTH, 11), E("diciembre", LX_MONTH, 12),
	E("lunes", LX_WDAY, 1), E("martes", LX_WDAY, 2),
	E("miércoles", LX_WDAY, 3), E("jueves", LX_WDAY, 4),
	E("viernes", LX_WDAY, 5), E("sábado", LX_WDAY, 6),
	E("domingo", LX_WDAY, 7),
	E("de", LX_OF, 0), E("del", LX_OF, 0), E("el", LX_THE, 0),
	E("al", LX_TO, 0), E("hoy", LX_DEICT, D_TODAY),
	E("ayer", LX_DEICT, D_YESTERDAY), E("mañana", LX_DEICT, D_TOMORROW),
	{ NULL, 0, 0, 0, 0 }
};

static const struct {
	const char		*name;
	const struct lexent	*tab;
} langs[] = {
	{ "en", en }, { "fr", fr }, { "de", de }, { "es", es }
};

#define NLANG	(sizeof(langs) / sizeof(langs[0]))
#define NSLOT	1024	/* a power of two, over twice the largest table */
#define NCHAIN	8	/* entries sharing a first word, plus the NULL end */

struct slot {
	const char		*key;	/* first word, klen bytes */
	size_t			 klen;
	const struct lexent	*ents[NCHAIN + 1];
};

static struct slot hash[NLANG][NSLOT];
static int built[NLANG];
static size_t maxword[NLANG];
/* A quick filter before hashing: lengths of words by first and last letter. */
static unsigned lenmask[NLANG][32][32];

int
lex_lang(const char *name)
{
	size_t i;

	for (i = 0; i < NLANG; i++)
		if (strcmp(langs[i].name, name) == 0)
			return i;
	return -1;
}

/* A hash of a word's length, first two and last letters, case folded. */
static unsigned
hashw(const char *s, size_t n)
{
	unsigned h;

	h = ((unsigned char)s[0] | 0x20) * 0x9E3779B1u;
	h ^= ((unsigned char)s[n > 1] | 0x20) * 0x85EBCA77u;
	h ^= ((unsigned char)s[n - 1] | 0x20) * 0xC2B2AE3Du;
	h ^= (unsigned)n * 0x27D4EB2Fu;
	return h >> 16;
}

static int
foldeq(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (((unsigned char)a[i] | 0x20) != ((unsigned char)b[i] | 0x20))
			return 0;
	return 1;
}

static struct slot *
slotof(int lang, const char *w, size_t n)
{
	unsigned h = hashw(w, n) & (NSLOT - 1);
	struct slot *s;

	for (;; h = (h + 1) & (NSLOT - 1)) {
		s = &hash[lang][h];
		if (s->key == NULL || (s->klen == n && foldeq(s->key, w, n)))
			return s;
	}
}

/* Index the table by first word; a chain is kept longest phrase first. */
static void
build(int lang)
{
	const struct lexent *e;
	struct slot *s;
	size_t n, k, j;

	for (e = langs[lang].tab; e->words != NULL; e++) {
		n = strcspn(e->words, " ");
		if (n > maxword[lang])
			maxword[lang] = n;
		lenmask[lang][e->words[0] & 31][e->words[n - 1] & 31] |=
		    1u << (n & 31);
		s = slotof(lang, e->words, n);
		s->key = e->words;
		s->klen = n;
		for (k = 0; k < NCHAIN && s->ents[k] != NULL; k++)
			;
		if (k == NCHAIN)
			continue;
		for (j = k; j > 0 && strlen(s->ents[j - 1]->words) <
		    strlen(e->words); j--)
			s->ents[j] = s->ents[j - 1];
		s->ents[j] = e;
	}
	built[lang] = 1;
}

const unsigned (*lex_filter(int lang))[32]
{
	if (lang < 0 || (size_t)lang >= NLANG)
		lang = 0;
	if (!built[lang])
		build(lang);
	return lenmask[lang];
}

size_t
lex_maxword(int lang)
{
	if (lang < 0 || (size_t)lang >= NLANG)
		return 0;
	if (!built[lang])
		build(lang);
	return maxword[lang];
}

/*
 * Case is folded by setting bit 0x20 of every byte: words hold only
 * letters, and in UTF-8 that also maps the capitals of Latin-1 (Ä, É) to
 * their small letters, the second byte differing in that bit alone.
 */
const struct lexent *const *
lex_find(int lang, const char *w, size_t n)
{
	struct slot *s;
	unsigned h;

	if (n - 1 >= 31 || (unsigned)lang >= NLANG)
		return NULL;
	if (!built[lang])
		build(lang);
	if (!(lenmask[lang][w[0] & 31][w[n - 1] & 31] & 1u << n))
		return NULL;
	for (h = hashw(w, n) & (NSLOT - 1);; h = (h + 1) & (NSLOT - 1)) {
		s = &hash[lang][h];
		if (s->key == NULL)
			return NULL;
		if (s->klen == n && foldeq(s->key, w, n))
			return s->ents;
	}
}
