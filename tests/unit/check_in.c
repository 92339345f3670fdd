/* check_in.c: unit tests of lib/in.c and lib/buf.c. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "in.h"
#include "util.h"

static struct in in;
static struct line l;

static void
openwith(const char *s, size_t n)
{
	ck_assert_int_eq(in_open(&in, tmpfile_with(s, n)), 0);
}

START_TEST(getline_splits_on_newline)
{
	openwith("one\ntwo\n", 8);
	ck_assert_int_eq(in_getline(&in, &l), 1);
	ck_assert_uint_eq(l.len, 3);
	ck_assert(memcmp(l.p, "one", 3) == 0 && l.nl == 1);
	ck_assert_int_eq(in_getline(&in, &l), 1);
	ck_assert(memcmp(l.p, "two", 3) == 0);
	ck_assert_int_eq(in_getline(&in, &l), 0);
	ck_assert_uint_eq(in.lineno, 2);
	in_close(&in);
}
END_TEST

START_TEST(getline_returns_unterminated_last_line)
{
	openwith("a\nlast", 6);
	ck_assert_int_eq(in_getline(&in, &l), 1);
	ck_assert_int_eq(in_getline(&in, &l), 1);
	ck_assert_uint_eq(l.len, 4);
	ck_assert_int_eq(l.nl, 0);
	ck_assert_int_eq(in_getline(&in, &l), 0);
	in_close(&in);
}
END_TEST

START_TEST(getline_strips_cr_before_newline_only)
{
	openwith("a\r\nb\rc\n", 7);
	ck_assert_int_eq(in_getline(&in, &l), 1);
	ck_assert_uint_eq(l.len, 1);
	ck_assert_int_eq(l.cr, 1);
	ck_assert_int_eq(in_getline(&in, &l), 1);
	ck_assert_uint_eq(l.len, 3);
	ck_assert_int_eq(l.cr, 0);
	in_close(&in);
}
END_TEST

START_TEST(getline_keeps_nul_bytes)
{
	openwith("a\0b\n", 4);
	ck_assert_int_eq(in_getline(&in, &l), 1);
	ck_assert_uint_eq(l.len, 3);
	ck_assert(memcmp(l.p, "a\0b", 3) == 0);
	in_close(&in);
}
END_TEST

START_TEST(getline_joins_line_across_buffers)
{
	size_t n = 3 * IN_BUFSIZ + 17, i;
	char *s = malloc(n + 3);

	for (i = 0; i < n; i++)
		s[i] = 'a' + i % 26;
	memcpy(s + n, "\nz", 2);
	openwith(s, n + 2);
	ck_assert_int_eq(in_getline(&in, &l), 1);
	ck_assert_uint_eq(l.len, n);
	ck_assert(memcmp(l.p, s, n) == 0);
	ck_assert_int_eq(in_getline(&in, &l), 1);
	ck_assert(l.len == 1 && l.p[0] == 'z');
	in_close(&in);
	free(s);
}
END_TEST

START_TEST(getline_on_empty_file_is_end)
{
	openwith("", 0);
	ck_assert_int_eq(in_getline(&in, &l), 0);
	in_close(&in);
}
END_TEST

START_TEST(slurp_reads_rest_after_lines)
{
	struct buf b = BUF_INIT;

	openwith("head\nbody\0x", 11);
	ck_assert_int_eq(in_getline(&in, &l), 1);
	ck_assert_int_eq(in_slurp(&in, &b), 0);
	ck_assert_uint_eq(b.len, 6);
	ck_assert(memcmp(b.p, "body\0x", 6) == 0);
	buf_free(&b);
	in_close(&in);
}
END_TEST

START_TEST(open_missing_file_fails)
{
	ck_assert_int_eq(in_open(&in, "/nonexistent/newsutils"), -1);
}
END_TEST

START_TEST(buf_grows_and_terminates)
{
	struct buf b = BUF_INIT;
	int i;

	for (i = 0; i < 100000; i++)
		buf_addc(&b, 'x');
	buf_adds(&b, "end");
	buf_term(&b);
	ck_assert_uint_eq(b.len, 100003);
	ck_assert_str_eq(b.p + 100000, "end");
	buf_reset(&b);
	ck_assert_uint_eq(b.len, 0);
	buf_free(&b);
	ck_assert_ptr_null(b.p);
}
END_TEST

Suite *
in_suite(void)
{
	Suite *s = suite_create("in");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, getline_splits_on_newline);
	tcase_add_test(tc, getline_returns_unterminated_last_line);
	tcase_add_test(tc, getline_strips_cr_before_newline_only);
	tcase_add_test(tc, getline_keeps_nul_bytes);
	tcase_add_test(tc, getline_joins_line_across_buffers);
	tcase_add_test(tc, getline_on_empty_file_is_end);
	tcase_add_test(tc, slurp_reads_rest_after_lines);
	tcase_add_test(tc, open_missing_file_fails);
	tcase_add_test(tc, buf_grows_and_terminates);
	suite_add_tcase(s, tc);
	return s;
}
