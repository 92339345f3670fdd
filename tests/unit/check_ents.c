/* check_ents.c: unit tests of lib/ents.c. */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ents.h"

static struct ents *e;

static void
setup(void)
{
	e = ents_new();
}

static void
teardown(void)
{
	ents_free(e);
}

/* Index of the mention whose text is s, or -1. */
static int
find(const char *text, const struct ement *m, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (m[i].len == strlen(s) && memcmp(text + m[i].off, s,
		    m[i].len) == 0)
			return (int)i;
	return -1;
}

START_TEST(capclass_kinds)
{
	ck_assert_int_eq(ents_capclass("river", 5), 1);
	ck_assert_int_eq(ents_capclass("River", 5), 2);
	ck_assert_int_eq(ents_capclass("NATO", 4), 3);
	ck_assert_int_eq(ents_capclass("I", 1), 4);
	ck_assert_int_eq(ents_capclass("M2", 2), 5);
	ck_assert_int_eq(ents_capclass("iOS", 3), 6);
	ck_assert_int_eq(ents_capclass(",", 1), 0);
	ck_assert_int_eq(ents_capclass("\xC3\x89mile", 6), 2);
}
END_TEST

START_TEST(lower_folds_latin)
{
	char d[16];

	ents_lower("\xC3\x89Ta\xC5\xA0", 6, d);
	ck_assert(memcmp(d, "\xC3\xA9ta\xC5\xA1", 6) == 0);
}
END_TEST

START_TEST(gazetteer_flags)
{
	ck_assert(ents_gaz("France", 6) & GAZ_COUNTRY);
	ck_assert(ents_gaz("FRENCH", 6) & GAZ_DEMONYM);
	ck_assert(ents_gaz("table", 5) & GAZ_COMMON);
	ck_assert(ents_gaz("Minister", 8) & GAZ_TITLE);
	ck_assert_uint_eq(ents_gaz("qzxv", 4), 0);
}
END_TEST

START_TEST(tokenize_splits_hyphens_possessives_periods)
{
	static const char t[] = "Brask's pro-Velland U.S. team left. \"Yes,\" he said.";
	struct etok *tok = NULL;
	size_t cap = 0, n, i;
	const char *want[] = { "Brask", "'s", "pro", "-", "Velland", "U.S.",
	    "team", "left", ".", "\"", "Yes", ",", "\"", "he", "said", "." };

	n = ents_tokenize(t, strlen(t), &tok, &cap);
	ck_assert_uint_eq(n, sizeof(want) / sizeof(want[0]));
	for (i = 0; i < n; i++) {
		ck_assert_uint_eq(tok[i].len, strlen(want[i]));
		ck_assert(memcmp(t + tok[i].off, want[i], tok[i].len) == 0);
	}
	ck_assert(tok[0].sstart && tok[0].init);
	ck_assert(tok[9].sstart && tok[10].init && !tok[9].init);
	free(tok);
}
END_TEST

START_TEST(tokenize_marks_capital_sentences)
{
	static const char t[] = "FLOOD HITS VELPORT\nThe river rose.";
	struct etok *tok = NULL;
	size_t cap = 0, n;

	n = ents_tokenize(t, strlen(t), &tok, &cap);
	ck_assert_uint_eq(n, 7);
	ck_assert(tok[0].capsent && tok[2].capsent);
	ck_assert(!tok[3].capsent && tok[3].sstart);
	free(tok);
}
END_TEST

START_TEST(bio_constraints)
{
	ck_assert(ents_allowed(0, 1));
	ck_assert(!ents_allowed(0, 2));
	ck_assert(ents_allowed(1, 2));
	ck_assert(ents_allowed(2, 2));
	ck_assert(!ents_allowed(1, 4));
	ck_assert(!ents_allowed(ENTS_NLAB, 2));
}
END_TEST

START_TEST(finds_and_links)
{
	static const char t[] = "The United States and the Velland Workers "
	    "Union met on Monday. President Anna Korvik said the U.S. would "
	    "help. Korvik's aides agreed.";
	struct ement *m;
	size_t n;
	int us, k, us2;

	n = ents_find(e, t, strlen(t), &m);
	ck_assert_uint_gt(n, 3);
	us = find(t, m, n, "United States");
	us2 = find(t, m, n, "U.S.");
	ck_assert_int_ge(us, 0);
	ck_assert_int_ge(us2, 0);
	ck_assert_int_eq(m[us].type, ENT_LOC);
	ck_assert_uint_eq(m[us2].noff, m[us].off);
	k = find(t, m, n, "Korvik");
	ck_assert_int_ge(k, 0);
	ck_assert_int_eq(m[k].type, ENT_PER);
	ck_assert_uint_eq(m[k].nlen, strlen("Anna Korvik"));
	ck_assert_int_lt(find(t, m, n, "President Anna Korvik"), 0);
}
END_TEST

START_TEST(counts_entities)
{
	static const char t[] = "Anna Korvik visited Velport. Korvik met "
	    "Jonas Brask. Korvik left.";
	struct ement *m;
	size_t n;

	n = ents_find(e, t, strlen(t), &m);
	n = ents_count(m, n);
	ck_assert_uint_ge(n, 1);
	ck_assert_uint_eq(m[0].count, 3);
	ck_assert(memcmp(t + m[0].noff, "Anna Korvik", m[0].nlen) == 0);
}
END_TEST

START_TEST(survives_bad_bytes)
{
	static const char t[] = "\xff\xfe Zed\0Brask \xC3 \xE2\x80 Velport-";
	struct ement *m;

	ents_find(e, t, sizeof(t) - 1, &m);
	ents_find(e, "", 0, &m);
	ents_find(e, "\n\n\n", 3, &m);
}
END_TEST

START_TEST(instances_are_independent)
{
	static const char t[] = "Anna Korvik met Jonas Brask in Velport.";
	struct ement *m;
	struct ents *e2;
	size_t n, n2, k;

	n = ents_find(e, t, strlen(t), &m);
	for (k = 0; k < 3; k++) {
		e2 = ents_new();
		n2 = ents_find(e2, t, strlen(t), &m);
		ck_assert_uint_eq(n, n2);
		ents_free(e2);
	}
}
END_TEST

START_TEST(conll_documents_apart)
{
	static const char t[] = "-DOCSTART- -X- O O\n\nAnna Korvik left .\n"
	    "-DOCSTART- -X- O O\n\nKorvik stayed .\n";
	struct ement *m;
	size_t n, i;

	n = ents_find(e, t, strlen(t), &m);
	for (i = 0; i < n; i++) {
		ck_assert(memcmp(t + m[i].off, "-DOCSTART-", 10) != 0);
		if (m[i].off > 40)	/* the second document: not linked */
			ck_assert_uint_gt(m[i].noff, 40);
	}
}
END_TEST

static unsigned
gazof(void *arg, size_t i)
{
	const char *const *w = arg;

	return ents_gaz(w[i], strlen(w[i]));
}

START_TEST(run_codes)
{
	static const char *w[] = { "The", "Korvia", "Trade", "Bank", "said",
	    "Anna", "Lind", "left", "Velport" };
	uint8_t cc[9], brk[9] = { 1 };
	uint16_t code[9];
	size_t i;

	for (i = 0; i < 9; i++)
		cc[i] = (uint8_t)ents_capclass(w[i], strlen(w[i]));
	brk[8] = 1;	/* Velport opens a sentence: a run of its own */
	ents_runcodes(cc, brk, 1, 9, gazof, w, code);
	ck_assert_uint_eq(code[4], 0);
	ck_assert_uint_eq(code[7], 0);
	/* first, inner, last: one run, told by the same last word */
	ck_assert_uint_eq(code[0] & 7, 2);
	ck_assert_uint_eq(code[1] & 7, 3);
	ck_assert_uint_eq(code[3] & 7, 4);
	ck_assert_uint_eq(code[0] >> 3, code[3] >> 3);
	ck_assert_uint_ne(code[3] >> 3, 0);	/* Bank: organizations */
	ck_assert_uint_eq(code[5] & 7, 2);
	ck_assert_uint_eq(code[6] & 7, 4);
	ck_assert_uint_eq(code[8] & 7, 1);
	ck_assert_uint_eq(code[0] >> 3, code[1] >> 3);
}
END_TEST

/* The type of the mention whose text is s, or -1. */
static int
typeof_(const char *t, const char *s)
{
	struct ement *m;
	size_t n;
	int i;

	n = ents_find(e, t, strlen(t), &m);
	i = find(t, m, n, s);
	return i < 0 ? -1 : m[i].type;
}

START_TEST(truecase_headline_words)
{
	char d[16];

	/* a common word the text writes both ways is lower in a headline */
	ents_truecase("COURT", 5, DOC_CAPMID | DOC_LOWER, d);
	ck_assert(memcmp(d, "court", 5) == 0);
	ents_truecase("COURT", 5, DOC_CAPMID, d);
	ck_assert(memcmp(d, "Court", 5) == 0);
	ents_truecase("VELPORT", 7, 0, d);
	ck_assert(memcmp(d, "Velport", 7) == 0);
}
END_TEST

START_TEST(newswire_shapes)
{
	/* a text, a mention's text, its type (-1: no such mention) */
	static const struct {
		const char *t, *s;
		int type;
	} c[] = {
		{ "Results on Saturday :\nVelport Rovers 2 Marrowick 1\n",
		    "Velport Rovers", ENT_ORG },
		{ "Results on Saturday :\nVelport Rovers 2 Marrowick 1\n",
		    "Marrowick", ENT_ORG },
		{ "Qualifiers on Saturday :\nJapan 2 South Korea 1\n",
		    "South Korea", ENT_LOC },
		{ "Scorecard :\nJonas Brask c Lind b Korvik 76\n", "Korvik",
		    ENT_PER },
		{ "Leading scorers : Brask 12 goals .\n", "Brask", ENT_PER },
		{ "The unit of Brask-Lind AG said .\n", "Brask-Lind AG", ENT_ORG },
		{ "A spokesman for the Norland Food Programme said .\n",
		    "Norland Food Programme", ENT_ORG },
		{ "The Justice Department and the Foreign Office said .\n",
		    "Foreign Office", ENT_ORG },
		{ "Shares of Korvia Motors Corp rose .\n", "Korvia Motors Corp",
		    ENT_ORG },
		{ "Velport fined Brask Werke AG on Friday .\n", "Brask Werke AG",
		    ENT_ORG },
		{ "VELPORT , Norland 1996-08-30\nIt rained .\n", "Norland",
		    ENT_LOC },
		{ "He met Home Secretary Anna Lind .\n", "Home", -1 },
		{ "The River Tansby rose .\n", "River Tansby", ENT_LOC },
		{ "RUGBY UNION - NORLAND NAME SQUAD .\n", "RUGBY UNION", -1 },
		{ "A Velport court ruled .\n", "A Velport", -1 },
		{ "VELPORT 1996-08-30\nA Velport court ruled on Friday .\n",
		    "Velport", ENT_LOC },
		{ "Anna Lind left . Velfax said Lind was tired .\n", "Velfax",
		    ENT_ORG },
		{ "Anna Lind left . Velfax said Lind was tired .\n", "Lind",
		    ENT_PER },
		{ "The Bank of Norland left rates alone .\n", "Bank of Norland",
		    ENT_ORG },
		{ "He met South African President Anna Lind .\n",
		    "South African", ENT_MISC },
		{ "He met Lee Teng-hui on Friday .\n", "Lee Teng-hui", ENT_PER },
		{ "2. Jonas Brask ( Norland ) Velport 1:17.63\n",
		    "Velport 1:17.63", -1 },
	};
	size_t i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++)
		ck_assert_msg(typeof_(c[i].t, c[i].s) == c[i].type,
		    "%s in %s: %d, not %d", c[i].s, c[i].t,
		    typeof_(c[i].t, c[i].s), c[i].type);
}
END_TEST

Suite *
ents_suite(void)
{
	Suite *s = suite_create("ents");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, capclass_kinds);
	tcase_add_test(tc, lower_folds_latin);
	tcase_add_test(tc, gazetteer_flags);
	tcase_add_test(tc, tokenize_splits_hyphens_possessives_periods);
	tcase_add_test(tc, tokenize_marks_capital_sentences);
	tcase_add_test(tc, bio_constraints);
	tcase_add_test(tc, finds_and_links);
	tcase_add_test(tc, counts_entities);
	tcase_add_test(tc, survives_bad_bytes);
	tcase_add_test(tc, instances_are_independent);
	tcase_add_test(tc, conll_documents_apart);
	tcase_add_test(tc, run_codes);
	tcase_add_test(tc, truecase_headline_words);
	tcase_add_test(tc, newswire_shapes);
	suite_add_tcase(s, tc);
	return s;
}
