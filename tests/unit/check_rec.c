/* check_rec.c: unit tests of lib/rec.c. */
#include <check.h>
#include <string.h>

#include "news.h"
#include "rec.h"
#include "util.h"

static struct doc one = { "a.txt", 5, "text", 4, "a.txt", 0, 0 };
static struct doc many = { "b\tc", 3, "text", 4, "-", 7, 1 };

static const char *
record(struct recopt ro, const struct doc *d)
{
	size_t n;

	capture_start();
	rec_begin(&ro, d, 12, 5);
	rec_fields("speaker", "Ann \"A\" Lee");
	rec_extra("cue", "said", 4);
	rec_extra("mod", NULL, 0);
	rec_num("count", -3);
	rec_end();
	return capture_end(&n);
}

START_TEST(tsv_without_id_for_one_document)
{
	struct recopt ro = RECOPT_INIT;

	ck_assert_str_eq(record(ro, &one), "Ann \"A\" Lee\t-3\n");
}
END_TEST

START_TEST(tsv_has_escaped_id_for_many_documents)
{
	struct recopt ro = RECOPT_INIT;

	ck_assert_str_eq(record(ro, &many), "b\\tc\tAnn \"A\" Lee\t-3\n");
}
END_TEST

START_TEST(no_id_and_with_id_override_the_default)
{
	struct recopt ro = RECOPT_INIT;

	rec_option(&ro, OPT_NO_ID);
	ck_assert_str_eq(record(ro, &many), "Ann \"A\" Lee\t-3\n");
	rec_option(&ro, 'H');
	ck_assert_str_eq(record(ro, &one), "a.txt\tAnn \"A\" Lee\t-3\n");
}
END_TEST

START_TEST(bytes_add_offset_and_length_after_id)
{
	struct recopt ro = RECOPT_INIT;

	rec_option(&ro, 'b');
	ck_assert_str_eq(record(ro, &many), "b\\tc\t12\t5\tAnn \"A\" Lee\t-3\n");
}
END_TEST

START_TEST(json_names_every_member)
{
	struct recopt ro = RECOPT_INIT;

	ck_assert_int_eq(rec_option(&ro, 'j'), 1);
	ck_assert_str_eq(record(ro, &one), "{\"doc\":\"a.txt\",\"offset\":12,"
	    "\"length\":5,\"speaker\":\"Ann \\\"A\\\" Lee\",\"cue\":\"said\","
	    "\"count\":-3}\n");
}
END_TEST

START_TEST(option_refuses_other_letters)
{
	struct recopt ro = RECOPT_INIT;

	ck_assert_int_eq(rec_option(&ro, 'x'), 0);
}
END_TEST

Suite *
rec_suite(void)
{
	Suite *s = suite_create("rec");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, tsv_without_id_for_one_document);
	tcase_add_test(tc, tsv_has_escaped_id_for_many_documents);
	tcase_add_test(tc, no_id_and_with_id_override_the_default);
	tcase_add_test(tc, bytes_add_offset_and_length_after_id);
	tcase_add_test(tc, json_names_every_member);
	tcase_add_test(tc, option_refuses_other_letters);
	suite_add_tcase(s, tc);
	return s;
}
