/* check_quote.c: unit tests of lib/quote.c. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "quote.h"

#define MAXREC	8

/* What quote_scan found, as C strings. */
struct got {
	int	n;
	char	quote[MAXREC][128], speaker[MAXREC][64], mention[MAXREC][64];
	char	cue[MAXREC][32];
	int	partial[MAXREC];
	size_t	off[MAXREC], len[MAXREC];
};

static void
copy(char *dst, size_t cap, const char *s, size_t n)
{
	if (s == NULL)
		n = 0;
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, s == NULL ? "" : s, n);
	dst[n] = '\0';
}

static void
take(const struct quote_rec *r, void *arg)
{
	struct got *g = arg;

	if (g->n >= MAXREC)
		return;
	g->off[g->n] = r->off;
	g->len[g->n] = r->len;
	copy(g->speaker[g->n], sizeof(g->speaker[0]), r->speaker, r->speakerlen);
	copy(g->mention[g->n], sizeof(g->mention[0]), r->mention, r->mentionlen);
	copy(g->cue[g->n], sizeof(g->cue[0]), r->cue, r->cuelen);
	g->partial[g->n] = r->partial;
	g->n++;
}


static void
scan(const char *s, struct got *g)
{
	struct quote_ctx *qc = quote_new();
	int i;

	memset(g, 0, sizeof(*g));
	quote_scan(qc, s, strlen(s), take, g);
	for (i = 0; i < g->n; i++)
		copy(g->quote[i], sizeof(g->quote[0]), s + g->off[i], g->len[i]);
	quote_free(qc);
}

START_TEST(speaker_after_quote)
{
	struct got g;

	scan("\"The dam is safe,\" Mayor Ana Ruiz said.", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_str_eq(g.quote[0], "The dam is safe,");
	ck_assert_str_eq(g.speaker[0], "Ana Ruiz");
	ck_assert_str_eq(g.cue[0], "said");
	ck_assert_int_eq(g.partial[0], 0);
}
END_TEST

START_TEST(offsets_leave_marks_out)
{
	struct got g;

	scan("He said: \xe2\x80\x9cYes.\xe2\x80\x9d", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_uint_eq(g.off[0], 12);
	ck_assert_uint_eq(g.len[0], 4);
}
END_TEST

START_TEST(split_quote_gives_two_records_one_speaker)
{
	struct got g;

	scan("Tom Hale was brief.\n\"We lost,\" Hale said. \"We will be back.\"", &g);
	ck_assert_int_eq(g.n, 2);
	ck_assert_str_eq(g.speaker[0], "Tom Hale");
	ck_assert_str_eq(g.speaker[1], "Tom Hale");
	ck_assert_str_eq(g.mention[1], "Hale");
}
END_TEST

START_TEST(inversion_strips_title)
{
	struct got g;

	scan("\"No comment,\" said Foreign Minister Ida Varga.", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_str_eq(g.speaker[0], "Ida Varga");
	ck_assert_str_eq(g.mention[0], "Ida Varga");
}
END_TEST

START_TEST(pronoun_takes_gender)
{
	struct got g;

	scan("Jane Moss met John Webb.\n\"It went well,\" she said.", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_str_eq(g.speaker[0], "Jane Moss");
	ck_assert_str_eq(g.mention[0], "she");
}
END_TEST

START_TEST(unresolved_pronoun_is_empty)
{
	struct got g;

	scan("\"It went well,\" he said.", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_str_eq(g.speaker[0], "");
	ck_assert_str_eq(g.mention[0], "he");
}
END_TEST

START_TEST(role_resolves_to_introduced_person)
{
	struct got g;

	scan("Ambassador Olga Brandt arrived.\n\"We are ready,\" the envoy said.", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_str_eq(g.speaker[0], "Olga Brandt");
	ck_assert_str_eq(g.mention[0], "the envoy");
}
END_TEST

START_TEST(quoted_as_saying_names_the_person)
{
	struct got g;

	scan("\"Talks are over,\" the Gazette quoted Karl Mett as saying.", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_str_eq(g.speaker[0], "Karl Mett");
	ck_assert_str_eq(g.cue[0], "saying");
}
END_TEST

START_TEST(partial_quote_after_that)
{
	struct got g;

	scan("Lee Park said that \"the plan is dead\" for now.", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_int_eq(g.partial[0], 1);
	ck_assert_str_eq(g.speaker[0], "Lee Park");
}
END_TEST

START_TEST(scare_quotes_and_titles_dropped)
{
	struct got g;

	scan("The so-called \"peace dividend\" never came. Fans loved "
	    "\"Walls Against the Sea\" last year.", &g);
	ck_assert_int_eq(g.n, 0);
}
END_TEST

START_TEST(apostrophes_are_no_marks)
{
	struct got g;

	scan("Lorvania's envoy, back from the \xe2\x80\x99" "90s, said the states' "
	    "rights \"matter most\", Lena Fox said.", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_str_eq(g.quote[0], "matter most");
}
END_TEST

START_TEST(unclosed_quote_ends_with_paragraph)
{
	struct got g;

	scan("\"First part,\" Eva Lind said. \"Second part\nNext paragraph, no "
	    "quote here. \"Third part,\" she said.", &g);
	ck_assert_int_eq(g.n, 3);
	ck_assert_str_eq(g.quote[1], "Second part");
	ck_assert_str_eq(g.speaker[2], "Eva Lind");
}
END_TEST

START_TEST(guillemets_with_inner_spaces)
{
	struct got g;

	scan("\xc2\xab\xc2\xa0Nous partons\xc2\xa0\xc2\xbb, a dit Marc Roux.", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_str_eq(g.quote[0], "Nous partons");
	ck_assert_str_eq(g.speaker[0], "Marc Roux");
}
END_TEST

START_TEST(german_low_high_marks)
{
	struct got g;

	scan("\xe2\x80\x9eWir bleiben\xe2\x80\x9c, sagte Paul Huber.", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_str_eq(g.quote[0], "Wir bleiben");
	ck_assert_str_eq(g.speaker[0], "Paul Huber");
}
END_TEST

START_TEST(empty_and_binary_input)
{
	struct got g;
	static const char bin[] = "\"\xff\xfe\x00\"\"\"\xe2\x80";
	struct quote_ctx *qc = quote_new();

	memset(&g, 0, sizeof(g));
	quote_scan(qc, "", 0, take, &g);
	quote_scan(qc, bin, sizeof(bin) - 1, take, &g);
	quote_free(qc);
	ck_assert_int_le(g.n, 2);
}
END_TEST

/* A fuzz find: a name ending in a connector ("Kla0s Bin") gave a negative span. */
START_TEST(name_ending_in_connector_keeps_spans_inside)
{
	struct got g;

	scan(" Kla0s Bin egtKl or sagte: \xe2\x80\x9e" "a aD,te: \xe2\x80\x9e"
	    "Dsa t gut\xe2\x80\x9c, s", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_uint_le(strlen(g.speaker[0]), 20);
	ck_assert_str_eq(g.cue[0], "sagte");
}
END_TEST

/* UBSan find: a byte past 0x7F before a straight mark indexed an ASCII table. */
START_TEST(high_byte_before_straight_mark)
{
	struct got g;

	scan("\xfe\"We stay,\" said Ivo Brandt. \xc3\xa9\"Yes, we stay,\" he said.",
	    &g);
	ck_assert_int_eq(g.n, 0);	/* a mark glued to a letter opens nothing */
}
END_TEST

START_TEST(iscue_knows_the_verbs)
{
	ck_assert_int_eq(quote_iscue("said", 4), 1);
	ck_assert_int_eq(quote_iscue("Stressed", 8), 1);
	ck_assert_int_eq(quote_iscue("states", 6), 0);
	ck_assert_int_eq(quote_iscue("table", 5), 0);
}
END_TEST

START_TEST(iscredit_knows_credit_lines)
{
	static const char *const yes[] = {
		"Photo: Ann Lee", "(Photo : Ann Lee / The Courier)",
		"(Image Ann Lee)", "Credits: Ann Lee", "Foto: Ann Lee",
		"Cr\xc3\xa9" "dit photo : Ann Lee", "Ann Lee / The Courier",
		"Boats in the bay at dawn. (Ann Lee/Courier)",
		"Boats in the bay at dawn. Photo: Ann Lee", "\xc2\xa9 Ann Lee",
		NULL
	};
	static const char *const no[] = {
		"Ann Lee took the photo on Monday.",
		"The image was shared widely, Ann Lee said.",
		"Photographers waited outside the court.",
		"Rates fell (the bank cut them twice).", "",
		"At Caf\xc3\x83\xc2\xa9, the owner, Ann Lee, spoke", NULL
	};
	const char *const *p;
	char lng[400];

	/* deep in a long paragraph, "image:" is the text's own */
	memset(lng, 'a', sizeof(lng));
	memcpy(lng + 100, " the image: Ann Lee ", 20);
	ck_assert_int_eq(quote_iscredit(lng, sizeof(lng)), 0);
	memcpy(lng + 350, " Photo: Ann Lee ", 16);
	ck_assert_int_eq(quote_iscredit(lng, sizeof(lng)), 1);
	for (p = yes; *p != NULL; p++)
		ck_assert_msg(quote_iscredit(*p, strlen(*p)), "%s", *p);
	for (p = no; *p != NULL; p++)
		ck_assert_msg(!quote_iscredit(*p, strlen(*p)), "%s", *p);
}
END_TEST

START_TEST(credit_name_is_no_antecedent)
{
	struct got g;

	scan("The harbour master, Tom Avery, spoke.\n"
	    "Photo: Daniel Roper / The Ledger\n"
	    "\"The deck may give way,\" he said.", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_str_eq(g.speaker[0], "Tom Avery");
	ck_assert_str_eq(g.mention[0], "he");
	/* a cue still names the one in the credit */
	scan("(Photo: Daniel Roper)\n\"It was cold,\" said Daniel Roper.", &g);
	ck_assert_int_eq(g.n, 1);
	ck_assert_str_eq(g.speaker[0], "Daniel Roper");
}
END_TEST

Suite *
quote_suite(void)
{
	Suite *s = suite_create("quote");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, speaker_after_quote);
	tcase_add_test(tc, offsets_leave_marks_out);
	tcase_add_test(tc, split_quote_gives_two_records_one_speaker);
	tcase_add_test(tc, inversion_strips_title);
	tcase_add_test(tc, pronoun_takes_gender);
	tcase_add_test(tc, unresolved_pronoun_is_empty);
	tcase_add_test(tc, role_resolves_to_introduced_person);
	tcase_add_test(tc, quoted_as_saying_names_the_person);
	tcase_add_test(tc, partial_quote_after_that);
	tcase_add_test(tc, scare_quotes_and_titles_dropped);
	tcase_add_test(tc, apostrophes_are_no_marks);
	tcase_add_test(tc, unclosed_quote_ends_with_paragraph);
	tcase_add_test(tc, guillemets_with_inner_spaces);
	tcase_add_test(tc, german_low_high_marks);
	tcase_add_test(tc, empty_and_binary_input);
	tcase_add_test(tc, name_ending_in_connector_keeps_spans_inside);
	tcase_add_test(tc, high_byte_before_straight_mark);
	tcase_add_test(tc, iscue_knows_the_verbs);
	tcase_add_test(tc, iscredit_knows_credit_lines);
	tcase_add_test(tc, credit_name_is_no_antecedent);
	suite_add_tcase(s, tc);
	return s;
}
