/* check_cp.c: unit tests of lib/cp.c. */
#include <check.h>

#include "cp.h"

START_TEST(byname_ignores_case_and_dashes)
{
	ck_assert_int_eq(cp_byname("CP1252"), CP_CP1252);
	ck_assert_int_eq(cp_byname("windows-1251"), CP_CP1251);
	ck_assert_int_eq(cp_byname("KOI8_R"), CP_KOI8_R);
	ck_assert_int_eq(cp_byname("iso-8859-2"), CP_ISO8859_2);
	ck_assert_int_eq(cp_byname("latin1"), CP_LATIN1);
	ck_assert_int_eq(cp_byname("x-cp1251"), CP_CP1251);
	ck_assert_int_eq(cp_byname("L2"), CP_ISO8859_2);
	ck_assert_int_eq(cp_byname("csKOI8R"), CP_KOI8_R);
	ck_assert_int_eq(cp_byname("x-mac-roman"), CP_MACROMAN);
	ck_assert_int_eq(cp_byname("mac-roman"), CP_MACROMAN);
	ck_assert_int_eq(cp_byname("ebcdic"), -1);
}
END_TEST

START_TEST(decode_windows_1252)
{
	ck_assert_uint_eq(cp_decode(CP_CP1252, 'a'), 'a');
	ck_assert_uint_eq(cp_decode(CP_CP1252, 0x80), 0x20AC);
	ck_assert_uint_eq(cp_decode(CP_CP1252, 0x92), 0x2019);
	ck_assert_uint_eq(cp_decode(CP_CP1252, 0xE9), 0xE9);
}
END_TEST

START_TEST(windows_undefined_bytes_are_c1)
{
	ck_assert_uint_eq(cp_decode(CP_CP1252, 0x81), 0x81);
	ck_assert_uint_eq(cp_decode(CP_CP1252, 0x9D), 0x9D);
	ck_assert_uint_eq(cp_decode(CP_CP1251, 0x98), 0x98);
}
END_TEST

START_TEST(decode_cyrillic_pages)
{
	ck_assert_uint_eq(cp_decode(CP_CP1251, 0xE0), 0x0430);
	ck_assert_uint_eq(cp_decode(CP_KOI8_R, 0xC1), 0x0430);
	ck_assert_uint_eq(cp_decode(CP_CP437, 0xC4), 0x2500);
	ck_assert_uint_eq(cp_decode(CP_MACROMAN, 0x8E), 0xE9);
}
END_TEST

START_TEST(encode_inverts_decode)
{
	int cp, b;
	uint32_t u;

	for (cp = 0; cp < CP_N; cp++)
		for (b = 0; b < 256; b++)
			if ((u = cp_decode(cp, b)) != 0 || b == 0)
				ck_assert_int_eq(cp_encode(cp, u), b);
}
END_TEST

START_TEST(encode_refuses_what_is_not_there)
{
	ck_assert_int_eq(cp_encode(CP_CP1252, 0x0430), -1);
	ck_assert_int_eq(cp_encode(CP_LATIN1, 0x20AC), -1);
	ck_assert_int_eq(cp_encode(CP_CP1251, 0x1F600), -1);
}
END_TEST

Suite *
cp_suite(void)
{
	Suite *s = suite_create("cp");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, byname_ignores_case_and_dashes);
	tcase_add_test(tc, decode_windows_1252);
	tcase_add_test(tc, windows_undefined_bytes_are_c1);
	tcase_add_test(tc, decode_cyrillic_pages);
	tcase_add_test(tc, encode_inverts_decode);
	tcase_add_test(tc, encode_refuses_what_is_not_there);
	suite_add_tcase(s, tc);
	return s;
}
