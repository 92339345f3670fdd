/* check_strip.c: unit tests of lib/strip.c, lib/shape.c and lib/stop.c. */
#include <check.h>
#include <string.h>

#include "buf.h"
#include "shape.h"
#include "stop.h"
#include "strip.h"

/* Classify text and return what is kept, a line each (static). */
static const char *
kept(const char *text, int flags, int what)
{
	static struct buf out;
	struct strip s;

	strip_init(&s, flags);
	strip_text(&s, text, strlen(text));
	strip_classify(&s);
	buf_reset(&out);
	strip_write(&s, s.n, &out, what);
	buf_term(&out);
	strip_free(&s);
	return out.p != NULL ? out.p : "";
}

/* The shape of one line. */
static int
shape(const char *line)
{
	struct sblock b;
	const char *why;

	memset(&b, 0, sizeof(b));
	strip_features(&b, line, strlen(line));
	return shape_of(line, strlen(line), &b, &why);
}

#define BODY1 "The council voted on Tuesday to close the old bridge to cars " \
    "from next month, after engineers said that the structure could no " \
    "longer carry the weight of the traffic that crosses it every day.\n"
#define BODY2 "Residents who live on both sides of the river said they had " \
    "not been told about the plan until the evening before the vote, and " \
    "several of them said they would ask the council to think again.\n"

START_TEST(stop_words_of_several_languages)
{
	ck_assert(stop_has("the", 3));
	ck_assert(stop_has("und", 3));
	ck_assert(stop_has("les", 3));
	ck_assert(stop_has("\xd0\xb8", 2));	/* Russian и */
	ck_assert(!stop_has("bridge", 6));
	ck_assert(!stop_has("", 0));
}
END_TEST

START_TEST(features_count_words_stops_capitals)
{
	struct sblock b;
	const char *t = "The Mayor of Tansby said it was over. See www.example.com";

	memset(&b, 0, sizeof(b));
	strip_features(&b, t, strlen(t));
	ck_assert_uint_eq(b.nw, 10);
	ck_assert_uint_eq(b.ncap, 4);
	ck_assert_uint_eq(b.nlink, 1);
	ck_assert_uint_eq(b.nsent, 1);
	ck_assert_uint_ge(b.nstop, 5);
}
END_TEST

START_TEST(shapes_of_boilerplate)
{
	ck_assert_int_eq(shape("Sign up to receive our latest news!"), SHAPE_PROMPT);
	ck_assert_int_eq(shape("By submitting this form, I agree to the terms."),
	    SHAPE_PROMPT);
	ck_assert_int_eq(shape("Lire aussi : la rentr\xc3\xa9\x65 en images"),
	    SHAPE_PROMPT);
	ck_assert_int_eq(shape("(Image: AP)"), SHAPE_CREDIT);
	ck_assert_int_eq(shape("Photo: Ana Ruiz / Valley Times"), SHAPE_CREDIT);
	ck_assert_int_eq(shape("Floods, Weather, River Orrin, Council"), SHAPE_TAGS);
	ck_assert_int_eq(shape("  \xe2\x80\xa2 Unlimited access"), SHAPE_BULLET);
	ck_assert_int_eq(shape("[image]"), SHAPE_PLACEHOLDER);
	ck_assert_int_eq(shape("By Nadia Pereira"), SHAPE_BYLINE);
	ck_assert_int_eq(shape("Share Tweet Email"), SHAPE_PROMPT);
}
END_TEST

/* Found by fuzz_html: a NUL inside a word compared with the word lists. */
START_TEST(nul_in_a_short_line)
{
	struct sblock b;
	const char line[] = "by\0 A";

	memset(&b, 0, sizeof(b));
	strip_features(&b, line, sizeof(line) - 1);
	shape_of(line, sizeof(line) - 1, &b, &(const char *){ NULL });
	ck_assert_int_eq(shape("Share\0"), SHAPE_PROMPT);
}
END_TEST

START_TEST(caption_ending_in_its_credit)
{
	ck_assert_int_eq(shape("Crews clear the road near Skelby on Monday "
	    "after the storm. Orrin Valley Fire Service"), SHAPE_CREDIT);
	ck_assert_int_eq(shape("Prices rose by 4 per cent in the U.S. last year, "
	    "the report said."), SHAPE_NONE);
}
END_TEST

START_TEST(body_sentences_have_no_shape)
{
	ck_assert_int_eq(shape("Putin accuses US, NATO of ignoring Moscow's "
	    "security concerns"), SHAPE_NONE);
	ck_assert_int_eq(shape("The mayor said she would sign up to the "
	    "regional plan if the council agreed, and that the town had no "
	    "other way to pay for the new school, which had been promised "
	    "for years."), SHAPE_NONE);
}
END_TEST

START_TEST(keeps_headline_and_body_drops_prompts)
{
	const char *t = "Bridge to close to cars\n\n" BODY1 "\n"
	    "Sign up for our newsletter!\n\n" BODY2 "\nBridges, Council, Traffic, River\n";

	ck_assert_str_eq(kept(t, 0, STRIP_KEPT),
	    "Bridge to close to cars\n" BODY1 BODY2);
	ck_assert_str_eq(kept(t, 0, STRIP_DROPPED),
	    "Sign up for our newsletter!\nBridges, Council, Traffic, River\n");
}
END_TEST

START_TEST(no_title_drops_the_headline)
{
	const char *t = "Bridge to close to cars\n\n" BODY1;

	ck_assert_str_eq(kept(t, STRIP_NOTITLE, STRIP_KEPT), BODY1);
}
END_TEST

START_TEST(short_line_between_body_stays)
{
	const char *t = BODY1 "\nIt was the third vote this year.\n\n" BODY2;

	ck_assert_str_eq(kept(t, 0, STRIP_KEPT),
	    BODY1 "It was the third vote this year.\n" BODY2);
}
END_TEST

START_TEST(caption_above_a_credit_goes)
{
	const char *t = BODY1 "\nCars queue at the bridge on Monday.\n"
	    "(Photo: Lee Marsh / Gazette)\n\n" BODY2;

	ck_assert_str_eq(kept(t, 0, STRIP_KEPT), BODY1 BODY2);
}
END_TEST

START_TEST(explain_prefixes_every_line)
{
	const char *out = kept("Headline here\n\n" BODY1, 0, STRIP_EXPLAIN);

	ck_assert(strncmp(out, "KEEP\theadline\tHeadline here\nDROP\tblank\t\n"
	    "KEEP\t", 40) == 0);
}
END_TEST

START_TEST(invalid_utf8_is_replaced)
{
	ck_assert_str_eq(kept("Bad \xff byte\n", 0, STRIP_KEPT),
	    "Bad \xef\xbf\xbd byte\n");
}
END_TEST

START_TEST(stream_gives_what_whole_text_gives)
{
	struct strip s;
	struct buf whole = BUF_INIT, part = BUF_INIT;
	const char *t = "Head line\n\n" BODY1 "\nShare\n\n" BODY2, *p, *nl;
	size_t i, k;

	for (i = 0; i < 40; i++) {
		buf_adds(&whole, t);
	}
	buf_term(&whole);
	strip_init(&s, 0);
	strip_reset(&s);
	for (p = whole.p; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		strip_line(&s, p, nl - p);
		if (s.n >= 64 && (k = strip_ready(&s, 0)) > 0) {
			strip_write(&s, k, &part, STRIP_KEPT);
			strip_shift(&s, k);
		}
	}
	strip_write(&s, strip_ready(&s, 1), &part, STRIP_KEPT);
	buf_term(&part);
	ck_assert(strcmp(part.p, kept(whole.p, 0, STRIP_KEPT)) == 0);
	strip_free(&s);
	buf_free(&whole);
	buf_free(&part);
}
END_TEST

Suite *
strip_suite(void)
{
	Suite *s = suite_create("strip");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, stop_words_of_several_languages);
	tcase_add_test(tc, features_count_words_stops_capitals);
	tcase_add_test(tc, shapes_of_boilerplate);
	tcase_add_test(tc, nul_in_a_short_line);
	tcase_add_test(tc, caption_ending_in_its_credit);
	tcase_add_test(tc, body_sentences_have_no_shape);
	tcase_add_test(tc, keeps_headline_and_body_drops_prompts);
	tcase_add_test(tc, no_title_drops_the_headline);
	tcase_add_test(tc, short_line_between_body_stays);
	tcase_add_test(tc, caption_above_a_credit_goes);
	tcase_add_test(tc, explain_prefixes_every_line);
	tcase_add_test(tc, invalid_utf8_is_replaced);
	tcase_add_test(tc, stream_gives_what_whole_text_gives);
	suite_add_tcase(s, tc);
	return s;
}
