/* check_out.c: unit tests of lib/out.c. */
#include <check.h>
#include <string.h>

#include "out.h"
#include "util.h"

static const char *got;
static size_t n;

START_TEST(escaped_is_byte_exact)
{
	capture_start();
	out_escaped("a\\b\tc\nd\re\0f\xFF", 12);
	got = capture_end(&n);
	ck_assert_uint_eq(n, 19);
	ck_assert(memcmp(got, "a\\\\b\\tc\\nd\\re\\000f\xFF", 19) == 0);
}
END_TEST

START_TEST(field_replaces_invalid_utf8)
{
	capture_start();
	out_field("a\xE2\x80" "b\xC3\xA9", 6);
	got = capture_end(&n);
	ck_assert_str_eq(got, "a\xEF\xBF\xBD" "b\xC3\xA9");
}
END_TEST

START_TEST(json_escapes_quotes_and_controls)
{
	capture_start();
	out_json("\"q\"\\\x01\x1F\b\f\n", 9);
	got = capture_end(&n);
	ck_assert_str_eq(got, "\\\"q\\\"\\\\\\u0001\\u001f\\b\\f\\n");
}
END_TEST

START_TEST(json_passes_valid_utf8)
{
	capture_start();
	out_json("\xE2\x80\x9C" "caf\xC3\xA9\xE2\x80\x9D", 11);
	got = capture_end(&n);
	ck_assert_str_eq(got, "\xE2\x80\x9C" "caf\xC3\xA9\xE2\x80\x9D");
}
END_TEST

START_TEST(write_larger_than_buffer_arrives_whole)
{
	static char big[200000];

	memset(big, 'q', sizeof(big));
	capture_start();
	out_putc('<');
	out_write(big, sizeof(big));
	out_putc('>');
	got = capture_end(&n);
	ck_assert_uint_eq(n, sizeof(big) + 2);
	ck_assert(got[0] == '<' && got[1] == 'q' && got[n - 1] == '>');
}
END_TEST

START_TEST(ulong_prints_decimal)
{
	capture_start();
	out_ulong(0);
	out_putc(' ');
	out_ulong(18446744073709551615ULL);
	got = capture_end(&n);
	ck_assert_str_eq(got, "0 18446744073709551615");
}
END_TEST

START_TEST(empty_write_of_no_buffer)
{
	/* An empty struct buf has p NULL: nothing to write, nothing to copy. */
	capture_start();
	out_write(NULL, 0);
	out_putc('x');
	out_write(NULL, 0);
	got = capture_end(&n);
	ck_assert_str_eq(got, "x");
}
END_TEST

Suite *
out_suite(void)
{
	Suite *s = suite_create("out");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, escaped_is_byte_exact);
	tcase_add_test(tc, field_replaces_invalid_utf8);
	tcase_add_test(tc, json_escapes_quotes_and_controls);
	tcase_add_test(tc, json_passes_valid_utf8);
	tcase_add_test(tc, write_larger_than_buffer_arrives_whole);
	tcase_add_test(tc, ulong_prints_decimal);
	tcase_add_test(tc, empty_write_of_no_buffer);
	suite_add_tcase(s, tc);
	return s;
}
