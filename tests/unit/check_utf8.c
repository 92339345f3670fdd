/* check_utf8.c: unit tests of lib/utf8.c. */
#include <check.h>
#include <string.h>

#include "utf8.h"

static int
dec(const char *s, size_t n, uint32_t *cp)
{
	return utf8_decode((const unsigned char *)s, n, cp);
}

START_TEST(decode_ascii)
{
	uint32_t cp;

	ck_assert_int_eq(dec("A", 1, &cp), 1);
	ck_assert_uint_eq(cp, 'A');
}
END_TEST

START_TEST(decode_every_length)
{
	uint32_t cp;

	ck_assert_int_eq(dec("\xC3\xA9", 2, &cp), 2);
	ck_assert_uint_eq(cp, 0xE9);
	ck_assert_int_eq(dec("\xE2\x80\x99", 3, &cp), 3);
	ck_assert_uint_eq(cp, 0x2019);
	ck_assert_int_eq(dec("\xF0\x9F\x98\x80", 4, &cp), 4);
	ck_assert_uint_eq(cp, 0x1F600);
	ck_assert_int_eq(dec("\xF4\x8F\xBF\xBF", 4, &cp), 4);
	ck_assert_uint_eq(cp, 0x10FFFF);
}
END_TEST

START_TEST(decode_rejects_overlong_slash)
{
	uint32_t cp;

	ck_assert_int_eq(dec("\xC0\xAF", 2, &cp), -1);
	ck_assert_int_eq(dec("\xE0\x80\xAF", 3, &cp), -1);
	ck_assert_int_eq(dec("\xF0\x80\x80\xAF", 4, &cp), -1);
}
END_TEST

START_TEST(decode_rejects_surrogates)
{
	uint32_t cp;

	ck_assert_int_eq(dec("\xED\xA0\x80", 3, &cp), -1);
	ck_assert_int_eq(dec("\xED\xBF\xBF", 3, &cp), -1);
	ck_assert_int_eq(dec("\xED\x9F\xBF", 3, &cp), 3);
}
END_TEST

START_TEST(decode_rejects_past_10ffff)
{
	uint32_t cp;

	ck_assert_int_eq(dec("\xF4\x90\x80\x80", 4, &cp), -1);
	ck_assert_int_eq(dec("\xF5\x80\x80\x80", 4, &cp), -1);
	ck_assert_int_eq(dec("\xFF", 1, &cp), -1);
}
END_TEST

START_TEST(decode_rejects_stray_continuation)
{
	uint32_t cp;

	ck_assert_int_eq(dec("\x80", 1, &cp), -1);
	ck_assert_int_eq(dec("\xBF" "A", 2, &cp), -1);
}
END_TEST

START_TEST(decode_reports_truncated_prefix)
{
	uint32_t cp;

	ck_assert_int_eq(dec("\xE2\x80", 2, &cp), -2);
	ck_assert_int_eq(dec("\xF0\x9F", 2, &cp), -2);
	ck_assert_int_eq(dec("\xC3", 1, &cp), -2);
	/* A prefix that cannot become valid is invalid, not truncated. */
	ck_assert_int_eq(dec("\xE0\x80", 2, &cp), -1);
	ck_assert_int_eq(dec("\xE2\x41", 2, &cp), -1);
}
END_TEST

START_TEST(encode_round_trips)
{
	static const uint32_t cps[] = { 0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF,
	    0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF };
	char b[4];
	uint32_t cp;
	size_t i;
	int n;

	for (i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
		n = utf8_encode(cps[i], b);
		ck_assert_int_gt(n, 0);
		ck_assert_int_eq(dec(b, n, &cp), n);
		ck_assert_uint_eq(cp, cps[i]);
	}
}
END_TEST

START_TEST(encode_refuses_surrogate_and_too_large)
{
	char b[4];

	ck_assert_int_eq(utf8_encode(0xD800, b), 0);
	ck_assert_int_eq(utf8_encode(0x110000, b), 0);
}
END_TEST

START_TEST(valid_finds_first_bad_byte_past_ascii_run)
{
	const char *s = "0123456789abcdefghij\xC3\xA9xyz\xFFtail";

	ck_assert_uint_eq(utf8_valid(s, strlen(s)), 25);
	ck_assert_uint_eq(utf8_valid(s, 25), 25);
	ck_assert_uint_eq(utf8_valid("", 0), 0);
}
END_TEST

START_TEST(valid_stops_at_truncated_end)
{
	ck_assert_uint_eq(utf8_valid("abc\xE2\x80", 5), 3);
}
END_TEST

START_TEST(badlen_is_maximal_subpart)
{
	/* Unicode 16.0 table 3-11: E1 80 41 is one U+FFFD then A. */
	ck_assert_uint_eq(utf8_badlen((const unsigned char *)"\xE1\x80\x41", 3), 2);
	ck_assert_uint_eq(utf8_badlen((const unsigned char *)"\xC0\xAF", 2), 1);
	ck_assert_uint_eq(utf8_badlen((const unsigned char *)"\xED\xA0\x80", 3), 1);
	ck_assert_uint_eq(utf8_badlen((const unsigned char *)"\xF0\x9F\x98", 3), 3);
}
END_TEST

START_TEST(badline_counts_lines)
{
	ck_assert_uint_eq(utf8_badline("a\nb\n\xFF\n", 6), 3);
	ck_assert_uint_eq(utf8_badline("a\nb\n", 4), 0);
}
END_TEST

Suite *
utf8_suite(void)
{
	Suite *s = suite_create("utf8");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, decode_ascii);
	tcase_add_test(tc, decode_every_length);
	tcase_add_test(tc, decode_rejects_overlong_slash);
	tcase_add_test(tc, decode_rejects_surrogates);
	tcase_add_test(tc, decode_rejects_past_10ffff);
	tcase_add_test(tc, decode_rejects_stray_continuation);
	tcase_add_test(tc, decode_reports_truncated_prefix);
	tcase_add_test(tc, encode_round_trips);
	tcase_add_test(tc, encode_refuses_surrogate_and_too_large);
	tcase_add_test(tc, valid_finds_first_bad_byte_past_ascii_run);
	tcase_add_test(tc, valid_stops_at_truncated_end);
	tcase_add_test(tc, badlen_is_maximal_subpart);
	tcase_add_test(tc, badline_counts_lines);
	suite_add_tcase(s, tc);
	return s;
}
